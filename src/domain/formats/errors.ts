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

/** "line 3, column 7" for a character offset. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** JSON.parse with a syntax error that names its line and column. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message);
    throw new ImportError('syntax', pos ? lineColumn(text, Number(pos[1])) : '', message.replace(/ in JSON at position \d+.*$/, ''));
  }
}
