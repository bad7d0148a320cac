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
            {[
              t('analysis.stageAverage', { value: score(s.average) }),
              s.lowest && t('analysis.stageLowest', { step: findStep(doc, s.lowest.stepId)?.step.title ?? '', value: score(s.lowest.value) }),
              s.painCount > 0 && t('analysis.stagePain', { count: s.painCount }),
            ]
              .filter(Boolean)
              .join(t('analysis.listSeparator'))}
          </li>
        );
      })}
    </ul>
  );
}
