import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANES, type LaneType } from '../../domain/lanes';
import { cardsForVote, DEFAULT_DOTS, MAX_DOTS } from '../../domain/workshop';
import { useDocStore } from '../../store/docStore';
import { useUiStore } from '../../store/uiStore';
import { startVote } from './workshopActions';

/** The lanes a vote usually runs on: what hurts and what could be better. */
const DEFAULT_TYPES: readonly LaneType[] = ['pain', 'opportunity'];

/** Starting a vote: on which cards, how many dots, and the rules of the round. */
export function VoteSetup() {
  const { t } = useTranslation();
  const id = useId();
  const doc = useDocStore((s) => s.doc);
  const selection = useUiStore((s) => s.selection);
  const types = useMemo(() => [...new Set(doc?.lanes.filter((l) => LANES[l.type].hasCards).map((l) => l.type))], [doc?.lanes]);
  const [chosen, setChosen] = useState<LaneType[] | null>(null);
  const picked = chosen ?? (types.some((x) => DEFAULT_TYPES.includes(x)) ? types.filter((x) => DEFAULT_TYPES.includes(x)) : types);
  const [onlySelection, setOnlySelection] = useState(false);
  const [dots, setDots] = useState(DEFAULT_DOTS);
  const [multiple, setMultiple] = useState(false);
  const [deadline, setDeadline] = useState('');
  const [viewers, setViewers] = useState(false);
  const scope = useMemo(() => {
    if (!doc || (selection.kind !== 'stage' && selection.kind !== 'step')) return null;
    if (selection.kind === 'step') return new Set([selection.id]);
    return new Set(doc.stages.find((s) => s.id === selection.id)?.steps.map((s) => s.id) ?? []);
  }, [doc, selection]);
  if (!doc) return null;
  const cards = cardsForVote(doc, { laneTypes: picked, stepIds: onlySelection ? scope : null });
  const toggle = (type: LaneType, on: boolean) => setChosen(on ? [...picked, type] : picked.filter((x) => x !== type));

  return (
    <form
      className="workshop-form"
      onSubmit={(e) => {
        e.preventDefault();
        const minutes = Number(deadline);
        startVote({ cards, dotsPerPerson: dots, multiple, viewers, deadlineMin: minutes > 0 ? minutes : null });
      }}
    >
      <fieldset>
        <legend>{t('workshop.vote.lanes')}</legend>
        {types.map((type) => (
          <label key={type} className="workshop-check">
            <input type="checkbox" checked={picked.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
            {t(`lanes.${type}`)}
          </label>
        ))}
        <label className="workshop-check">
          <input type="checkbox" checked={onlySelection} disabled={!scope} onChange={(e) => setOnlySelection(e.target.checked)} />
          {t('workshop.vote.onlySelection')}
        </label>
      </fieldset>
      <div className="workshop-grid">
        <label htmlFor={`${id}-dots`}>{t('workshop.vote.dots')}</label>
        <input id={`${id}-dots`} className="workshop-number" type="number" min={1} max={MAX_DOTS} value={dots} onChange={(e) => setDots(Math.max(1, Math.min(MAX_DOTS, Number(e.target.value) || 1)))} />
        <label htmlFor={`${id}-deadline`}>{t('workshop.vote.deadline')}</label>
        <input id={`${id}-deadline`} className="workshop-number" type="number" min={1} max={240} value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      </div>
      <label className="workshop-check">
        <input type="checkbox" checked={multiple} onChange={(e) => setMultiple(e.target.checked)} />
        {t('workshop.vote.multiple')}
      </label>
      <label className="workshop-check">
        <input type="checkbox" checked={viewers} onChange={(e) => setViewers(e.target.checked)} />
        {t('workshop.vote.viewers')}
      </label>
      <div className="button-row">
        <button type="submit" className="primary" disabled={cards.length === 0}>
          {t('workshop.vote.start')}
        </button>
        <span className="muted" data-vote-cards={cards.length}>
          {t('workshop.vote.cards', { count: cards.length })}
        </span>
      </div>
    </form>
  );
}
