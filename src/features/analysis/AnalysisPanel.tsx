import { useTranslation } from 'react-i18next';
import { useDocStore } from '../../store/docStore';
import { useUiStore } from '../../store/uiStore';
import { Section } from '../../ui/fields';
import { Compare } from './Compare';
import { Findings } from './Findings';
import { ChannelMatrix, Metrics, PainByOwner } from './Reports';
import { Scores } from './Scores';
import { StageSummaries } from './StageSummaries';
import { useAnalysis } from './useAnalysis';

/** The experience analysis beside the board: how the journey will be remembered, and what to fix. */
export function AnalysisPanel() {
  const { t } = useTranslation();
  const doc = useDocStore((s) => s.doc);
  const analysis = useAnalysis();
  if (!doc) return null;
  return (
    <aside className="analysis-panel" aria-label={t('analysis.region')}>
      <header className="panel-header">
        <h2>{t('analysis.region')}</h2>
        <button type="button" onClick={() => useUiStore.setState({ analysisOpen: false })} aria-label={t('analysis.close')}>
          ×
        </button>
      </header>
      {analysis.scored === 0 ? (
        <p className="hint">{t('analysis.empty')}</p>
      ) : (
        <>
          <Scores doc={doc} analysis={analysis} />
          <Section title={t('analysis.findings')}>
            <Findings doc={doc} analysis={analysis} />
          </Section>
          <Section title={t('analysis.stages')}>
            <StageSummaries doc={doc} analysis={analysis} />
          </Section>
        </>
      )}
      <Section title={t('analysis.owners')}>
        <PainByOwner doc={doc} />
      </Section>
      <Section title={t('analysis.channels')}>
        <ChannelMatrix doc={doc} />
      </Section>
      <Section title={t('analysis.metrics')}>
        <Metrics doc={doc} />
      </Section>
      <Section title={t('analysis.compare')}>
        <Compare doc={doc} />
      </Section>
    </aside>
  );
}
