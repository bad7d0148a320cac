import { useTranslation } from 'react-i18next';
import type { Analysis, Finding } from '../../domain/analysis';
import { findCard, findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { useScoreFormat } from './format';
import { showStep } from './goTo';

/** A finding in plain language, in the interface language. */
export function useFindingText(doc: JourneyMap): (f: Finding) => string {
  const { t } = useTranslation();
  const score = useScoreFormat();
  const stepTitle = (id: string) => findStep(doc, id)?.step.title ?? '';
  return (f: Finding): string => {
    switch (f.code) {
      case 'end-is-negative':
      case 'peak-is-negative':
        return t(`analysis.finding.${f.code}`, { step: stepTitle(f.stepId), value: score(f.value) });
      case 'dip-below-floor':
        return t('analysis.finding.dip-below-floor', { step: stepTitle(f.stepId), value: score(f.value), floor: score(f.floor) });
      case 'fail-point-without-recovery':
        return t('analysis.finding.fail-point-without-recovery', { step: stepTitle(f.stepId), card: findCard(doc, f.cardId)?.text ?? '' });
      case 'long-wait':
        return t('analysis.finding.long-wait', { step: stepTitle(f.stepId), minutes: f.minutes });
      case 'remembered-below-average':
        return t('analysis.finding.remembered-below-average', { remembered: score(f.remembered), average: score(f.average) });
      case 'mark-unscored':
        return t('analysis.finding.mark-unscored', { step: stepTitle(f.stepId), mark: t(`analysis.${f.mark}`) });
    }
  };
}

/** Findings in plain language, in fix-first order; each one selects the step it is about. */
export function Findings({ doc, analysis }: { doc: JourneyMap; analysis: Analysis }) {
  const { t } = useTranslation();
  const text = useFindingText(doc);
  const stepTitle = (id: string) => findStep(doc, id)?.step.title ?? '';

  if (!analysis.findings.length) return <p className="muted">{t('analysis.noFindings')}</p>;
  return (
    <ol className="findings">
      {analysis.findings.map((f, i) => (
        <li key={i} className={`finding finding--${f.code}`} data-code={f.code}>
          {'stepId' in f ? (
            <button type="button" className="link" onClick={() => showStep(f.stepId)} title={t('analysis.showStep', { step: stepTitle(f.stepId) })}>
              {text(f)}
            </button>
          ) : (
            <span>{text(f)}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
