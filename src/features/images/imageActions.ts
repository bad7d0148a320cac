import * as edit from '../../domain/edit';
import { imageTitle } from '../../domain/images';
import { findCard } from '../../domain/query';
import { translate } from '../../i18n';
import * as actions from '../../store/actions';
import { applyEdit } from '../../store/docStore';
import { newId } from '../../store/ids';
import { notify, select, useUiStore } from '../../store/uiStore';
import { getDoc } from '../../store/docStore';
import { ingestImage, type IngestResult } from './ingest';

/** Where an image goes: a new card in a cell, or onto a card that is there (replacing its image). */
export type ImageTarget = { kind: 'cell'; laneId: string; stepId: string } | { kind: 'card'; id: string };

const t = translate;

function refusal(r: Extract<IngestResult, { ok: false }>): string {
  return t(`images.refused.${r.reason}`, { name: r.name, max: 20 });
}

/**
 * Makes image cards of files (one card per image in a cell; the first image onto a card). Each
 * file is checked alone: a refused file says why and changes nothing, the others still go in.
 * Returns the ids of the cards that got an image.
 */
export async function addImageFiles(files: readonly File[], target: ImageTarget): Promise<string[]> {
  const done: string[] = [];
  for (const file of target.kind === 'card' ? files.slice(0, 1) : files) {
    const r = await ingestImage(file);
    if (!r.ok) {
      notify(refusal(r), 'error');
      continue;
    }
    if (target.kind === 'card') {
      if (getDoc() && findCard(getDoc()!, target.id) && actions.updateCard(target.id, { image: r.hash, imageAlt: r.name })) done.push(target.id);
      continue;
    }
    const cardId = newId();
    const from = { image: r.hash, imageAlt: r.name };
    if (applyEdit(edit.addCard, { cardId, laneId: target.laneId, stepId: target.stepId, text: imageTitle(r.name), from })) done.push(cardId);
  }
  const last = done.at(-1);
  if (last) select({ kind: 'card', id: last });
  if (done.length) notify(t('images.added', { count: done.length }));
  return done;
}

/** Opens the system's file picker for images and adds what is picked. */
export function pickImages(target: ImageTarget): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'image/*';
  input.multiple = target.kind === 'cell';
  input.className = 'visually-hidden';
  input.tabIndex = -1;
  // In the document while the picker is open: a detached input may never report its files.
  document.body.append(input);
  input.addEventListener('cancel', () => input.remove());
  input.addEventListener('change', () => {
    const files = Array.from(input.files ?? []);
    input.remove();
    if (files.length) void addImageFiles(files, target);
  });
  input.click();
}

/**
 * "Insert image": onto the selected card, else a new card in the active cell (the one the
 * keyboard is in, or was last in); with neither, says where to click first.
 */
export function insertImage(): void {
  const { selection, activeCell } = useUiStore.getState();
  if (selection.kind === 'card') return pickImages({ kind: 'card', id: selection.id });
  if (activeCell) return pickImages({ kind: 'cell', ...activeCell });
  notify(t('images.pickCell'), 'error');
}
