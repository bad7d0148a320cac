import type { Channel, LaneType, MetricType } from '../lanes';
import type { MapKind } from '../types';

/** Text in the authored languages; content.ts adds `tw` (Traditional Chinese). */
export interface Authored {
  en: string;
  zh: string;
}
export interface Localized extends Authored {
  tw: string;
}

export interface TemplateCard<L> {
  text: L;
  fail?: boolean;
  wait?: number;
  channel?: Channel;
  owner?: L;
  rootCause?: L;
  metric?: { type: MetricType; value: number; sample: number };
}

export interface TemplateStep<L> {
  title: L;
  emotion: number;
  duration?: number;
  /** Cards per lane type; a plain string is a card with only text (same in every language). */
  cards: Partial<Record<LaneType, (string | L | TemplateCard<L>)[]>>;
}

export interface Template<L = Localized> {
  id: string;
  kind: MapKind;
  title: L;
  description: L;
  persona: { name: L; role: L; goals: L; quote: L };
  scenario: L;
  expectations: L;
  lanes: LaneType[];
  stages: { title: L; steps: TemplateStep<L>[] }[];
}

export type TemplateSource = Template<Authored>;
