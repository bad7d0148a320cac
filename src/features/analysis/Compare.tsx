import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, listMaps } from '../../db';
import { loadMap } from '../../db/repo';
import { compareMaps, type Delta } from '../../domain/insights';
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
  // Which side is the future state: usually the other map (a redesign compared with today).
  const [futureIsOther, setFutureIsOther] = useState(true);

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

  const current = futureIsOther ? doc : other;
  const future = futureIsOther ? other : doc;
  const comparison = useMemo(() => (current && future ? compareMaps(current, future) : null), [current, future]);
  if (maps && !others.length) return <p className="muted">{t('analysis.noOtherMaps')}</p>;

  // Counts (steps below the floor, unrecovered fail points) improve when they fall.
  const row = (label: string, v: Delta, count = false) => {
    const good = v.delta === null || v.delta === 0 ? 'same' : (v.delta > 0) !== count ? 'better' : 'worse';
    return (
      <tr data-row={label}>
        <th scope="row">{label}</th>
        <td className={`delta delta--${good}`}>
          {count ? `${v.a ?? '–'} → ${v.b ?? '–'}` : t('analysis.delta', { a: score(v.a), b: score(v.b), delta: score(v.delta) })} <span className="muted small">{t(`insight.${good}`)}</span>
        </td>
      </tr>
    );
  };

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
      {other && current && future && comparison && (
        <>
          <fieldset className="compare-role">
            <legend>{t('insight.compareRole')}</legend>
            <label>
              <input type="radio" name={`${id}-role`} checked={futureIsOther} onChange={() => setFutureIsOther(true)} /> {t('insight.futureIsOther', { title: other.title })}
            </label>
            <label>
              <input type="radio" name={`${id}-role`} checked={!futureIsOther} onChange={() => setFutureIsOther(false)} /> {t('insight.futureIsThis')}
            </label>
          </fieldset>
          <p className="compare-direction" data-testid="compare-direction">
            {t('insight.currentToFuture', { current: current.title, future: future.title })}
          </p>
          <CompareChart a={comparison.curves.a} b={comparison.curves.b} label={t('analysis.compareChart', { title: other.title })} legend={[current.title, future.title]} />
          <table className="matrix compare-table">
            <tbody>
              {row(t('analysis.remembered'), comparison.remembered)}
              {row(t('analysis.average'), comparison.average)}
              {row(t('insight.rowPeak'), comparison.peak)}
              {row(t('insight.rowEnd'), comparison.end)}
              {row(t('insight.rowLow'), comparison.low)}
              {row(t('insight.rowBelowFloor'), comparison.belowFloor, true)}
              {row(t('insight.rowUnrecovered'), comparison.failPointsWithoutRecovery, true)}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
