import type { Channel, LaneType, MetricType } from '../lanes';
import type { MapKind } from '../types';

/**
 * Text in the three languages, each written for its readers: zh is mainland usage, tw is Taiwan
 * usage written by hand (not converted from zh, which would leave 片區, 酒店, 志願者… behind).
 */
export interface Localized {
  en: string;
  zh: string;
  tw: string;
}

export const t = (en: string, zh: string, tw: string): Localized => ({ en, zh, tw });

export interface TemplateCard<L = Localized> {
  /** Names the card within its template, for connections and recovery links. */
  id?: string;
  text: L;
  fail?: boolean;
  wait?: number;
  channel?: Channel;
  owner?: L;
  rootCause?: L;
  metric?: { type: MetricType; value: number; sample: number };
  /** The fail point (a card id in this template) that this card is the service recovery for. */
  recovers?: string;
}

export interface TemplateStep<L = Localized> {
  title: L;
  emotion: number;
  duration?: number;
  /** A moment of truth (关键时刻). */
  keyMoment?: boolean;
  /** A planned surprise (惊喜点). */
  surprise?: boolean;
  /** Cards per lane type; a bare text is a card with only text. */
  cards: Partial<Record<LaneType, (L | TemplateCard<L>)[]>>;
}

export interface TemplateConnection<L = Localized> {
  from: string;
  to: string;
  label?: L;
  twoWay?: boolean;
}

export interface Template<L = Localized> {
  id: string;
  kind: MapKind;
  title: L;
  description: L;
  persona: { name: L; role: L; goals: L; quote: L };
  scenario: L;
  expectations: L;
  /** What the story's last scored step should feel like; the tests hold the curve to it. */
  endsWell: boolean;
  lanes: LaneType[];
  stages: { title: L; steps: TemplateStep<L>[] }[];
  /** Hand-offs and dependencies between named cards. */
  connections?: TemplateConnection<L>[];
}
