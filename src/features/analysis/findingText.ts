import type { TFunction } from 'i18next';
import type { Finding } from '../../domain/analysis';
import { findCard, findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { channelLabel } from '../../i18n/channelLabel';

/** A finding in plain language: what is, then what to do. Pure, so reports and tests can use it. */
export function findingText(t: TFunction, score: (v: number | null) => string, doc: JourneyMap, f: Finding): string {
  const stepTitle = (id: string) => findStep(doc, id)?.step.title ?? '';
  switch (f.code) {
    case 'end-is-negative':
    case 'peak-is-negative':
    case 'key-moment-negative':
      return t(`analysis.finding.${f.code}`, { step: stepTitle(f.stepId), value: score(f.value) });
    case 'dip-below-floor':
      return t('analysis.finding.dip-below-floor', { step: stepTitle(f.stepId), value: score(f.value), floor: score(f.floor) });
    case 'fail-point-without-recovery':
      return t('analysis.finding.fail-point-without-recovery', { step: stepTitle(f.stepId), card: findCard(doc, f.cardId)?.text ?? '' });
    case 'shared-pain':
      return t('analysis.finding.shared-pain', { step: stepTitle(f.stepId), customer: f.customer, staff: f.staff });
    case 'long-wait':
      return t('analysis.finding.long-wait', {
        step: stepTitle(f.stepId),
        minutes: f.minutes,
        threshold: f.threshold,
        channel: f.channel ? channelLabel(t, f.channel) : t('insight.waitAny'),
      });
    case 'remembered-below-average':
      return t('analysis.finding.remembered-below-average', { remembered: score(f.remembered), average: score(f.average) });
    case 'mark-stale':
      return t('analysis.finding.mark-stale', { step: stepTitle(f.stepId), mark: t(`analysis.${f.mark}`), data: stepTitle(f.dataStepId), value: score(f.value) });
    case 'mark-unscored':
      return t('analysis.finding.mark-unscored', { step: stepTitle(f.stepId), mark: t(`analysis.${f.mark}`) });
  }
}
