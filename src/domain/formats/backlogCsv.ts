import { findStep } from '../query';
import type { JourneyMap } from '../types';

/**
 * The improvement backlog as CSV, for a spreadsheet or a ticket tracker: UTF-8 with a BOM so Excel
 * opens Chinese correctly, CRLF rows, and any cell a spreadsheet would run as a formula (starting
 * with = + - @, tab or CR) prefixed with an apostrophe. Header keys are fixed English (a file
 * format, not interface text); status is the stored key (proposed, agreed, inProgress, done).
 */
export const BACKLOG_COLUMNS = ['title', 'stage', 'step', 'department', 'owner', 'due', 'status', 'impact', 'effort', 'source'] as const;

function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportBacklogCsv(map: JourneyMap): string {
  const rows = [BACKLOG_COLUMNS.join(',')];
  for (const item of map.backlog ?? []) {
    const found = item.stepId ? findStep(map, item.stepId) : null;
    const source = item.source.kind === 'card' ? `card:${item.source.cardId}` : item.source.kind === 'finding' ? `finding:${item.source.code}` : 'manual';
    rows.push(
      [item.title, found?.stage.title ?? '', found?.step.title ?? '', item.department, item.owner, item.due, item.status, item.impact, item.effort, source].map(cell).join(','),
    );
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
