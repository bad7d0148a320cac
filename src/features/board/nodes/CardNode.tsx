import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as actions from '../../../store/actions';
import { editingKey, select, selectedKey, useUiStore } from '../../../store/uiStore';
import { useKeyedFlag } from '../../../ui/keyedFlag';
import { isComposing, isModKey } from '../../../ui/keys';
import { TextEditor } from '../../../ui/TextEditor';
import type { CardData } from '../buildNodes';
import { focusCard, focusCell } from '../boardApi';
import { startEditCard, stopEditing } from '../editing';
import { goArrow } from '../go';
import { CARD_FILL, DEFAULT_CARD_FILL } from '../../../domain/lanes';
import { CardMeta } from './CardMeta';
import { RemoteSelection } from '../../presence/RemoteSelection';
import { CardImage } from '../../images/CardImage';
import { CardVote } from '../../workshop/CardVote';
import { CommentBadge } from '../../comments/CommentBadge';

const SIDES = [
  ['t', Position.Top],
  ['r', Position.Right],
  ['b', Position.Bottom],
  ['l', Position.Left],
] as const;

/** A card: its wrapped text as laid out by the domain, so board and export break lines alike. */
function CardNodeComponent({ id, data }: NodeProps<Node<CardData, 'card'>>) {
  const { t } = useTranslation();
  const { card } = data;
  const editing = useKeyedFlag(editingKey, `card:${id}`);
  const selected = useKeyedFlag(selectedKey, `card:${id}`);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || isComposing(e)) return;
    const arrow = e.key.startsWith('Arrow');
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEditCard(id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      actions.deleteCard(id);
      focusCell(card.laneId, card.stepId);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      focusCell(card.laneId, card.stepId);
    } else if (isModKey(e) && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      const copy = actions.duplicateCard(id);
      if (copy) focusCard(copy);
    } else if (arrow && e.altKey && e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      actions.reorderCard(id, e.key === 'ArrowUp' ? -1 : 1);
      focusCard(id);
    } else if (arrow && e.altKey) {
      e.preventDefault();
      const d = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key] ?? [0, 0];
      actions.nudgeCard(id, d[0]!, d[1]!);
      focusCard(id);
    } else if (arrow && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      goArrow({ kind: 'card', id }, e.key);
    }
  };

  const fill = card.color ? CARD_FILL[card.color] : DEFAULT_CARD_FILL;
  return (
    <div
      className={`card lane-${data.laneType}${selected ? ' card--selected' : ''}${card.failPoint ? ' card--fail' : ''}`}
      style={{ background: fill }}
      role="group"
      aria-roledescription={t('board.cardRole')}
      aria-label={card.text}
      tabIndex={-1}
      data-card={id}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target !== e.currentTarget) return;
        select({ kind: 'card', id });
        useUiStore.setState({ activeCell: { laneId: card.laneId, stepId: card.stepId } });
      }}
      onDoubleClick={() => startEditCard(id)}
    >
      <CardImage card={card} laneType={data.laneType} />
      {editing ? (
        <TextEditor
          initial={card.text}
          label={t('board.cardText')}
          className="card__editor"
          onCommit={(text) => {
            stopEditing();
            actions.updateCard(id, { text });
            focusCard(id);
          }}
          onCancel={() => {
            stopEditing();
            focusCard(id);
          }}
        />
      ) : (
        <div className="card__text" aria-hidden="true">
          {data.lines.map((line, i) => (
            <div key={i} className="card__line">
              {line || '\u00a0'}
            </div>
          ))}
        </div>
      )}
      {data.hasMeta && <CardMeta card={card} laneType={data.laneType} />}
      <RemoteSelection id={id} />
      <CardVote cardId={id} text={card.text} />
      <CommentBadge kind="card" id={id} />
      {SIDES.map(([hid, pos]) => (
        <Handle key={hid} id={hid} type="source" position={pos} className="card__handle" />
      ))}
    </div>
  );
}

export const CardNode = memo(CardNodeComponent);
