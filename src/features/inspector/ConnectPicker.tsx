import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { select } from '../../store/uiStore';

const MAX_RESULTS = 8;

/**
 * "Connect to": search the other cards by text, lane or step and connect with one click. A
 * search scales to thousands of cards where a list of every card would not.
 */
export function ConnectPicker({ doc, cardId }: { doc: JourneyMap; cardId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const q = query.trim().toLocaleLowerCase();

  const matches = useMemo(() => {
    if (!q) return [];
    const lane = new Map(doc.lanes.map((l) => [l.id, l.title]));
    const step = new Map(doc.stages.flatMap((s) => s.steps.map((st) => [st.id, st.title] as const)));
    const out: { id: string; label: string }[] = [];
    for (const c of doc.cards) {
      if (c.id === cardId) continue;
      const where = `${lane.get(c.laneId) ?? ''} / ${step.get(c.stepId) ?? ''}`;
      if (!`${c.text} ${where}`.toLocaleLowerCase().includes(q)) continue;
      out.push({ id: c.id, label: `${c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text} (${where})` });
      if (out.length >= MAX_RESULTS) break;
    }
    return out;
  }, [doc, cardId, q]);

  return (
    <div className="connect-picker">
      <label htmlFor={id}>{t('inspector.connectTo')}</label>
      <input id={id} type="search" value={query} placeholder={t('inspector.searchCards')} onChange={(e) => setQuery(e.target.value)} />
      {q && matches.length === 0 && <p className="muted small">{t('inspector.noMatches')}</p>}
      <ul className="connect-results">
        {matches.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="link"
              aria-label={t('inspector.connectToCard', { name: m.label })}
              onClick={() => {
                const k = actions.addConnection(cardId, m.id);
                if (k) {
                  setQuery('');
                  select({ kind: 'connection', id: k });
                }
              }}
            >
              → {m.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
