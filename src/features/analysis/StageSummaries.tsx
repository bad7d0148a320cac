import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../domain/analysis';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { useScoreFormat } from './format';

export function StageSummaries({ doc, analysis }: { doc: JourneyMap; analysis: Analysis }) {
  const { t } = useTranslation();
  const score = useScoreFormat();
  return (
    <ul className="stage-summaries">
      {analysis.stages.map((s) => {
        const stage = doc.stages.find((x) => x.id === s.stageId)!;
        return (
          <li key={s.stageId}>
            <strong>{stage.title}</strong>{' '}
            <span>{t('analysis.stageAverage', { value: score(s.average) })}</span>
            {s.lowest && <span>, {t('analysis.stageLowest', { step: findStep(doc, s.lowest.stepId)?.step.title ?? '', value: score(s.lowest.value) })}</span>}
            {s.painCount > 0 && <span>, {t('analysis.stagePain', { count: s.painCount })}</span>}
          </li>
        );
      })}
    </ul>
  );
}
