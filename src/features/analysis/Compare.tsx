import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, listMaps, loadMap } from '../../db';
import { compareMaps } from '../../domain/insights';
import type { JourneyMap } from '../../domain/types';
import { CompareChart } from './CompareChart';
import { useScoreFormat } from './format';

/** Current state against another map (say, the future state): both curves and the deltas. */
export function Compare({ doc }: { doc: JourneyMap }) {
  const { t } = useTranslation();
  const id = useId();
  const score = useScoreFormat();
  const maps = useLiveQuery(() => listMaps(db), []);
  const others = (maps ?? []).filter((m) => m.id !== doc.id && m.deletedAt === null);
  const [otherId, setOtherId] = useState('');
  const [other, setOther] = useState<JourneyMap | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    let cancelled = false;
    setOther(null);
    setError('');
    if (!otherId) return;
    void loadMap(db, otherId).then((r) => {
      if (cancelled) return;
      if (r.ok) setOther(r.map);
      else setError(t('notice.loadFailed', { error: r.error }));
    });
    return () => {
      cancelled = true;
    };
  }, [otherId, t]);

  const comparison = useMemo(() => (other ? compareMaps(doc, other) : null), [doc, other]);
  if (maps && !others.length) return <p className="muted">{t('analysis.noOtherMaps')}</p>;

  const row = (label: string, v: { a: number | null; b: number | null; delta: number | null }) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{t('analysis.delta', { a: score(v.a), b: score(v.b), delta: score(v.delta) })}</td>
    </tr>
  );

  return (
    <div className="compare">
      <div className="field">
        <label htmlFor={id}>{t('analysis.compareWith')}</label>
        <select id={id} value={otherId} onChange={(e) => setOtherId(e.target.value)}>
          <option value="">{t('analysis.chooseMap')}</option>
          {others.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </div>
      {error && <p role="alert">{error}</p>}
      {other && comparison && (
        <>
          <CompareChart
            a={comparison.curves.a}
            b={comparison.curves.b}
            label={t('analysis.compareChart', { title: other.title })}
            legend={[t('analysis.thisMap'), other.title]}
          />
          <table className="matrix compare-table">
            <tbody>
              {row(t('analysis.remembered'), comparison.remembered)}
              {row(t('analysis.average'), comparison.average)}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
