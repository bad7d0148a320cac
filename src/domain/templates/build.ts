import type { LaneType } from '../lanes';
import { restoreMap } from '../migrate';
import { SCHEMA_VERSION, type Card, type JourneyMap } from '../types';
import type { Localized, Template, TemplateCard } from './types';

export type TemplateLanguage = 'en' | 'zh-CN' | 'zh-TW';

export function pick(l: Localized, lang: TemplateLanguage): string {
  return lang === 'en' ? l.en : lang === 'zh-TW' ? l.tw : l.zh;
}

export const asCard = (item: Localized | TemplateCard): TemplateCard => ('text' in item ? item : { text: item });

/**
 * A new map from a template in one language; lane titles come in the user's language. It goes
 * through the validate boundary like every other document that enters the app.
 */
export function buildFromTemplate(tpl: Template, args: { lang: TemplateLanguage; id: string; ids: () => string; now: number; laneTitle: (type: LaneType) => string }): JourneyMap {
  const { lang, ids } = args;
  const lanes = tpl.lanes.map((type) => ({ id: ids(), type, title: args.laneTitle(type) }));
  const laneOf = new Map(lanes.map((l) => [l.type, l.id]));
  const cards: Card[] = [];
  const cardId = new Map<string, string>();
  const recoveryOf = new Map<string, string>();
  const stages = tpl.stages.map((stage) => ({
    id: ids(),
    title: pick(stage.title, lang),
    steps: stage.steps.map((step) => {
      const stepId = ids();
      for (const [type, list] of Object.entries(step.cards) as [LaneType, (Localized | TemplateCard)[]][]) {
        const laneId = laneOf.get(type);
        if (!laneId) continue;
        list.forEach((item, order) => {
          const c = asCard(item);
          const id = ids();
          if (c.id) cardId.set(c.id, id);
          if (c.recovers && !recoveryOf.has(c.recovers)) recoveryOf.set(c.recovers, id);
          cards.push({
            id,
            laneId,
            stepId,
            order,
            text: pick(c.text, lang),
            color: null,
            failPoint: c.fail ?? false,
            waitMin: c.wait ?? null,
            channel: c.channel ?? null,
            rootCause: c.rootCause ? pick(c.rootCause, lang) : '',
            owner: c.owner ? pick(c.owner, lang) : '',
            metricType: c.metric?.type ?? null,
            metricValue: c.metric?.value ?? null,
            sampleSize: c.metric?.sample ?? null,
          });
        });
      }
      return { id: stepId, title: pick(step.title, lang), emotion: step.emotion, durationMin: step.duration ?? null, ...(step.keyMoment && { keyMoment: true }), ...(step.surprise && { surprise: true }) };
    }),
  }));
  // A fail point links to the first card that recovers it.
  const failOf = new Map([...recoveryOf].map(([fail, recovery]) => [cardId.get(fail), recovery]));
  const linked = cards.map((c): Card => (failOf.has(c.id) ? { ...c, recoveryCardId: failOf.get(c.id)! } : c));
  const connections = (tpl.connections ?? []).map((k) => ({
    id: ids(),
    from: cardId.get(k.from) ?? k.from,
    to: cardId.get(k.to) ?? k.to,
    twoWay: k.twoWay ?? false,
    label: k.label ? pick(k.label, lang) : '',
  }));
  const p = tpl.persona;
  const result = restoreMap({
    schemaVersion: SCHEMA_VERSION,
    id: args.id,
    kind: tpl.kind,
    title: pick(tpl.title, lang),
    persona: { name: pick(p.name, lang), role: pick(p.role, lang), goals: pick(p.goals, lang), quote: pick(p.quote, lang) },
    scenario: pick(tpl.scenario, lang),
    expectations: pick(tpl.expectations, lang),
    stages,
    lanes,
    cards: linked,
    connections,
    createdAt: args.now,
  });
  if (!result.ok) throw new Error(`template ${tpl.id}: ${result.error}`);
  return result.map;
}
