import { useTranslation } from 'react-i18next';
import { CARD_COLORS, LANES } from '../../domain/lanes';
import { findCard, findLane, findStep } from '../../domain/query';
import type { JourneyMap } from '../../domain/types';
import * as actions from '../../store/actions';
import { select } from '../../store/uiStore';
import { Section, TextField } from '../../ui/fields';
import { focusCell } from '../board/boardApi';
import { CARD_FILL, DEFAULT_CARD_FILL } from '../../domain/lanes';
import { CommentsButton } from '../comments/CommentsButton';
import { ConnectPicker } from './ConnectPicker';
import { FIELD_CONTROLS } from './fieldControls';

export function cardName(doc: JourneyMap, cardId: string): string {
  const card = findCard(doc, cardId);
  if (!card) return '';
  const lane = findLane(doc, card.laneId)?.title ?? '';
  const step = findStep(doc, card.stepId)?.step.title ?? '';
  const text = card.text.length > 40 ? `${card.text.slice(0, 40)}…` : card.text;
  return `${text} (${lane} / ${step})`;
}

export function CardInspector({ doc, id }: { doc: JourneyMap; id: string }) {
  const { t } = useTranslation();
  const card = findCard(doc, id);
  const lane = card && findLane(doc, card.laneId);
  if (!card || !lane) return null;
  const fields = LANES[lane.type].fields;
  const connections = doc.connections.filter((k) => k.from === id || k.to === id);

  return (
    <>
      <Section title={t('inspector.card')}>
        <TextField label={t('inspector.text')} value={card.text} multiline onCommit={(text) => actions.updateCard(id, { text })} />
        <fieldset className="swatches">
          <legend>{t('inspector.color')}</legend>
          {[null, ...CARD_COLORS].map((c) => (
            <label key={c ?? 'none'} className="swatch" style={{ background: c ? CARD_FILL[c] : DEFAULT_CARD_FILL }} title={t(`colors.${c ?? 'none'}`)}>
              <input
                type="radio"
                name={`color-${id}`}
                checked={card.color === c}
                aria-label={t(`colors.${c ?? 'none'}`)}
                onChange={() => actions.updateCard(id, { color: c })}
              />
            </label>
          ))}
        </fieldset>
        {fields.map((f) => {
          const Control = FIELD_CONTROLS[f];
          return <Control key={f} doc={doc} card={card} />;
        })}
        <div className="button-row">
          <button type="button" onClick={() => actions.reorderCard(id, -1)}>
            {t('inspector.moveUp')}
          </button>
          <button type="button" onClick={() => actions.reorderCard(id, 1)}>
            {t('inspector.moveDown')}
          </button>
          <button type="button" onClick={() => actions.duplicateCard(id)}>
            {t('inspector.duplicateCard')}
          </button>
          <CommentsButton target={{ kind: 'card', id }} />
          <button type="button" onClick={() => actions.addBacklogFromCard(id)}>
            {t('insight.toBacklog')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              actions.deleteCard(id);
              focusCell(card.laneId, card.stepId);
            }}
          >
            {t('inspector.deleteCard')}
          </button>
        </div>
      </Section>
      <Section title={t('inspector.connections')}>
        {connections.length === 0 && <p className="muted">{t('inspector.noConnections')}</p>}
        <ul className="connection-list">
          {connections.map((k) => {
            const other = k.from === id ? k.to : k.from;
            const arrow = k.twoWay ? '↔' : k.from === id ? '→' : '←';
            const name = `${arrow} ${cardName(doc, other)}`;
            return (
              <li key={k.id}>
                <button type="button" className="link" aria-label={t('inspector.selectConnection', { name })} onClick={() => select({ kind: 'connection', id: k.id })}>
                  {name}
                  {k.label ? ` “${k.label}”` : ''}
                </button>
              </li>
            );
          })}
        </ul>
        <ConnectPicker doc={doc} cardId={id} />
      </Section>
    </>
  );
}
