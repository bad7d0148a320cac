import { describe, expect, it } from 'vitest';
import { analyzeJourney } from './analysis';
import { findCard, findStep } from './query';
import { buildFromTemplate, type TemplateLanguage } from './templates/build';
import { TEMPLATES } from './templates/content';

/** Every template, in every language, analyses without a finding that contradicts its own data. */
describe('template analyses agree with their data', () => {
  for (const tpl of TEMPLATES) {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as TemplateLanguage[]) {
      it(`${tpl.id} (${lang})`, () => {
        let n = 0;
        const map = buildFromTemplate(tpl, { lang, id: 'm', ids: () => `i${++n}`, now: 0, laneTitle: (t) => t });
        const a = analyzeJourney(map);
        const emotion = (id: string) => findStep(map, id)!.step.emotion;
        if (a.peak && a.high && a.low) expect(Math.abs(a.peak.value)).toBe(Math.max(Math.abs(a.high.value), Math.abs(a.low.value)));
        for (const f of a.findings) {
          switch (f.code) {
            case 'end-is-negative':
            case 'peak-is-negative':
            case 'key-moment-negative':
            case 'dip-below-floor':
              expect(emotion(f.stepId)).toBe(f.value);
              expect(f.value).toBeLessThan(0);
              break;
            case 'fail-point-without-recovery': {
              const card = findCard(map, f.cardId)!;
              expect(card.failPoint).toBe(true);
              expect(card.recoveryCardId ?? null).toBeNull();
              break;
            }
            case 'long-wait':
              expect(f.minutes).toBeGreaterThanOrEqual(f.threshold);
              expect(a.waitByStep[f.stepId]).toBe(f.minutes);
              break;
            case 'remembered-below-average':
              expect(f.remembered).toBeLessThan(f.average);
              break;
            default:
              // Templates carry no hand marks, so no stale or unscored mark can be reported.
              expect(['mark-stale', 'mark-unscored']).not.toContain(f.code);
          }
        }
      });
    }
  }
});
