import { useTranslation } from 'react-i18next';
import type { Analysis, Finding } from '../../domain/analysis';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { addBacklogFromFinding } from '../../store/actions';
import { findingText } from './findingText';
import { useScoreFormat } from './format';
import { showStep } from './goTo';

/** A finding in plain language, in the interface language. */
export function useFindingText(doc: JourneyMap): (f: Finding) => string {
  const { t } = useTranslation();
  const score = useScoreFormat();
  return (f: Finding) => findingText(t, score, doc, f);
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
          <button type="button" className="finding__backlog" aria-label={`${t('insight.toBacklog')}: ${text(f)}`} title={t('insight.toBacklog')} onClick={() => addBacklogFromFinding(f, text(f))}>
            +
          </button>
        </li>
      ))}
    </ol>
  );
}
