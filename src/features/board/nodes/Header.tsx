import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { editingKey } from '../../../store/uiStore';
import { useKeyedFlag } from '../../../ui/keyedFlag';
import { isComposing } from '../../../ui/keys';
import { TextEditor } from '../../../ui/TextEditor';
import { focusHeader } from '../boardApi';
import { startRename, stopEditing } from '../editing';

interface Props {
  /** Unique across the board, e.g. "step:<id>". */
  headerId: string;
  label: string;
  title: string;
  className: string;
  selected: boolean;
  onSelect: () => void;
  onRename: (title: string) => void;
  onDelete: () => void;
  /** Alt+Arrow: -1 or +1 along the header's axis. */
  onMove: (delta: -1 | 1) => void;
  axis: 'x' | 'y';
  children?: ReactNode;
  /** The lane header's colour comes from the lane registry. */
  style?: CSSProperties;
}

/**
 * A stage, step or lane header: focusable, Enter or F2 or double-click renames in place, Delete
 * removes, Alt+Arrow moves it. Dragging is handled by the board.
 */
export function Header({ headerId, label, title, className, selected, onSelect, onRename, onDelete, onMove, axis, children, style }: Props) {
  const { t } = useTranslation();
  const editing = useKeyedFlag(editingKey, `header:${headerId}`);
  const back = axis === 'x' ? 'ArrowLeft' : 'ArrowUp';
  const forward = axis === 'x' ? 'ArrowRight' : 'ArrowDown';

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || isComposing(e)) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startRename(headerId);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onDelete();
    } else if (e.altKey && (e.key === back || e.key === forward)) {
      e.preventDefault();
      onMove(e.key === back ? -1 : 1);
      focusHeader(headerId);
    }
  };

  return (
    <div
      className={`header ${className}${selected ? ' header--selected' : ''}`}
      style={style}
      role="group"
      aria-label={label}
      tabIndex={0}
      data-header={headerId}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.target === e.currentTarget && onSelect()}
      onClick={onSelect}
      onDoubleClick={() => startRename(headerId)}
    >
      {editing ? (
        <TextEditor
          initial={title}
          label={t('board.renameLabel')}
          multiline={false}
          selectAll
          className="header__editor"
          onCommit={(text) => {
            stopEditing();
            onRename(text);
            focusHeader(headerId);
          }}
          onCancel={() => {
            stopEditing();
            focusHeader(headerId);
          }}
        />
      ) : (
        <span className="header__title">{title}</span>
      )}
      {children}
    </div>
  );
}
