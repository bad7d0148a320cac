import type { Node, NodeProps } from '@xyflow/react';
import { memo, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import * as actions from '../../../store/actions';
import { getDoc } from '../../../store/docStore';
import { activeCellKey, editingKey, select, useUiStore } from '../../../store/uiStore';
import { useKeyedFlag } from '../../../ui/keyedFlag';
import { isComposing, isPrintable } from '../../../ui/keys';
import { TextEditor } from '../../../ui/TextEditor';
import type { CellData } from '../buildNodes';
import { focusCell } from '../boardApi';
import { startDraft, stopEditing } from '../editing';
import { goArrow, goTo } from '../go';
import { nextInLane } from '../navigation';

/**
 * One lane × step cell: the place cards are added. It is focusable (one tab stop for the grid,
 * arrows move between cells); Enter or simply typing starts a new card here.
 */
function CellNodeComponent({ data }: NodeProps<Node<CellData, 'cell'>>) {
  const { t } = useTranslation();
  const { laneId, stepId } = data;
  const active = useKeyedFlag(activeCellKey, `${laneId}|${stepId}`, data.first);
  const drafting = useKeyedFlag(editingKey, `draft:${laneId}|${stepId}`);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    // Navigate from the active cell: focus lands a frame later when the next cell was off-screen,
    // and a quick second key press must continue from where the first one went.
    const here = useUiStore.getState().activeCell ?? { laneId, stepId };
    if (isComposing(e)) {
      startDraft(laneId, stepId); // the composition continues in the editor
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault(); // a new step after this one, and on to the same lane there
      const step = actions.addStep(here.stepId);
      if (step) focusCell(here.laneId, step);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startDraft(laneId, stepId);
    } else if (e.key === 'Escape') {
      select({ kind: 'map' }); // back to the map's own fields in the inspector
    } else if (e.key === 'Tab' && !e.ctrlKey && !e.altKey && !e.metaKey) {
      const doc = getDoc();
      if (doc && goTo(nextInLane(doc, here.laneId, here.stepId, e.shiftKey ? -1 : 1))) e.preventDefault();
    } else if (e.key.startsWith('Arrow') && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      goArrow({ kind: 'cell', ...here }, e.key);
    } else if (isPrintable(e) && e.key !== '?') {
      // "?" is the shortcuts sheet everywhere; a card that starts with "?" starts with Enter
      startDraft(laneId, stepId); // no preventDefault: the character lands in the editor
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const lines = e.clipboardData.getData('text/plain').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (!lines.length) return;
    e.preventDefault();
    actions.addCards(laneId, stepId, lines);
  };

  const commit = (text: string) => {
    stopEditing();
    const id = actions.addCard(laneId, stepId, text);
    if (id) select({ kind: 'card', id }); // its fields show in the inspector; focus stays for the next card
    focusCell(laneId, stepId);
  };

  return (
    <div
      className={`cell${active ? ' cell--active' : ''}`}
      role="group"
      aria-roledescription={t('board.cellRole')}
      aria-label={t('board.cell', { lane: data.laneTitle, step: data.stepTitle })}
      tabIndex={active ? 0 : -1}
      data-cell={`${laneId}|${stepId}`}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      onFocus={(e) => {
        if (e.target === e.currentTarget) useUiStore.setState({ activeCell: { laneId, stepId } });
      }}
      onDoubleClick={(e) => {
        if (e.target === e.currentTarget) startDraft(laneId, stepId);
      }}
    >
      {drafting ? (
        <div className="cell__draft" style={{ top: data.freeY }}>
          <TextEditor
            initial=""
            label={t('board.cardText')}
            onCommit={commit}
            onCancel={() => {
              stopEditing();
              focusCell(laneId, stepId);
            }}
          />
        </div>
      ) : (
        <span className="cell__hint" style={{ top: data.freeY }} aria-hidden="true">
          {t('board.addHint')}
        </span>
      )}
    </div>
  );
}

export const CellNode = memo(CellNodeComponent);
