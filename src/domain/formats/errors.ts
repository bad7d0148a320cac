/** An import that cannot be used, with where and why, for a clear message. Nothing is changed. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly reason: 'too-large' | 'syntax' | 'invalid' | 'empty' | 'unknown-format' | 'encoding',
    readonly where: string,
    detail: string,
  ) {
    super(where ? `${where}: ${detail}` : detail);
  }
}

/** 20 MB: far beyond any real map, small enough that parsing never hangs the tab. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** "line 3, column 7" for a character offset. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
