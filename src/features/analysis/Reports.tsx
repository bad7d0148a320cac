import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { channelCoverage, metricRollup, painByOwner } from '../../domain/insights';
import { findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import { channelLabel } from '../../i18n/channelLabel';
import { METRICS } from '../../domain/lanes';
import { useNumberFormat } from './format';
import { showCard } from './goTo';

/** Pain points by owning department, so each problem goes to the team that owns it. */
export function PainByOwner({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const groups = useMemo(() => painByOwner(doc), [doc]);
  if (!groups.length) return <p className="muted">{t('analysis.noPain')}</p>;
  return (
    <div className="owners">
      {groups.map((g) => (
        <section key={g.owner || '-'} className="owner-group">
          <h4>
            {g.owner || t('analysis.noOwner')} <span className="count">{g.items.length}</span>
          </h4>
          <ul>
            {g.items.map((item) => (
              <li key={item.cardId}>
                <button type="button" className="link" onClick={() => showCard(item.cardId)}>
                  {item.text}
                </button>
                <span className="muted"> · {findStep(doc, item.stepId)?.step.title}</span>
                {item.rootCause && <div className="root-cause">{item.rootCause}</div>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Stage × channel matrix of touchpoints; an empty cell is a channel missing from a stage. */
export function ChannelMatrix({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const cov = useMemo(() => channelCoverage(doc), [doc]);
  if (!cov.channels.length) return <p className="muted">{t('analysis.noChannels')}</p>;
  return (
    <div className="table-scroll">
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">{t('analysis.stage')}</th>
            {cov.channels.map((ch) => (
              <th key={ch} scope="col">
                {channelLabel(t, ch)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.stages.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.title}</th>
              {cov.channels.map((ch) => {
                const n = cov.counts[s.id]?.[ch];
                return (
                  <td key={ch} className={n ? '' : 'gap'}>
                    {n ?? <span aria-label={t('analysis.missing')}>—</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Metrics rolled up per stage, each on its own scale (a rate in %, CES on 1–7…). */
export function Metrics({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const num = useNumberFormat(1);
  const rows = useMemo(() => metricRollup(doc), [doc]);
  if (!rows.length) return <p className="muted">{t('analysis.noMetrics')}</p>;
  return (
    <table className="matrix">
      <thead>
        <tr>
          <th scope="col">{t('analysis.stage')}</th>
          <th scope="col">{t('analysis.metric')}</th>
          <th scope="col">{t('analysis.value')}</th>
          <th scope="col">{t('analysis.sample')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.stageId}-${r.type}`}>
            <th scope="row">{doc.stages.find((s) => s.id === r.stageId)?.title}</th>
            <td>{t(`metrics.${r.type}`)}</td>
            <td title={[r.weighted ? t('analysis.weightedNote') : '', r.outOfScale ? t('insight.outOfScale', { count: r.outOfScale }) : ''].filter(Boolean).join(' · ') || undefined}>
              {r.value === null ? '–' : `${num(r.value)}${METRICS[r.type].unit}`}
              {r.outOfScale > 0 && <span className="muted small"> ({t('insight.outOfScale', { count: r.outOfScale })})</span>}
            </td>
            <td>{r.sample !== null ? num(r.sample) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
