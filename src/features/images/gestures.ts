import type { ClipboardEvent, DragEvent } from 'react';
import { addImageFiles, type ImageTarget } from './imageActions';

/**
 * Paste and drop of image files on the board, handled once for the whole board (spread on its
 * element): the cell or card under the gesture decides where the image goes. Text pastes, and
 * anything typed in an editor, are left to the cells as before; a drop elsewhere still imports a
 * map (useFileDrop), which sees `defaultPrevented` when a cell or a card took the drop.
 */
function targetOf(el: EventTarget | null): ImageTarget | null {
  if (!(el instanceof Element) || el.closest('input, textarea, [contenteditable="true"]')) return null;
  const card = el.closest<HTMLElement>('[data-card]');
  if (card) return { kind: 'card', id: card.dataset.card! };
  const cell = el.closest<HTMLElement>('[data-cell]');
  if (!cell) return null;
  const [laneId, stepId] = cell.dataset.cell!.split('|');
  return laneId && stepId ? { kind: 'cell', laneId, stepId } : null;
}

const hasFiles = (d: DataTransfer | null) => !!d && Array.from(d.types).includes('Files');

export const imageGestures = {
  onDragOver(e: DragEvent<HTMLElement>) {
    if (!hasFiles(e.dataTransfer) || !targetOf(e.target)) return;
    e.preventDefault(); // allows the drop here
    e.dataTransfer.dropEffect = 'copy';
  },
  onDrop(e: DragEvent<HTMLElement>) {
    const target = targetOf(e.target);
    if (!hasFiles(e.dataTransfer) || !target) return;
    e.preventDefault();
    void addImageFiles(Array.from(e.dataTransfer.files), target);
  },
  // Capture: a cell's own paste handler would make a text card of a copied file's name.
  onPasteCapture(e: ClipboardEvent<HTMLElement>) {
    const files = Array.from(e.clipboardData.files);
    const target = files.length ? targetOf(e.target) : null;
    if (!target) return;
    e.preventDefault();
    e.stopPropagation();
    void addImageFiles(files, target);
  },
};
