import { ImportError } from './errors';
import { looksLikeMermaid } from './mermaid';
import { MAX_FILE_BYTES, formatBytes } from './limits';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a text file: a BOM decides; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030
 * (a superset of GBK, which Excel on a Chinese Windows writes by default). A file with lines of
 * both (pasted together from two sources) is refused with the lines named: decoding it either
 * way would garble one half without a word. Size limits belong to each format (limits.ts); the
 * decoder only refuses what no format accepts.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length > MAX_FILE_BYTES) throw new ImportError('too-large', '', `file is larger than ${formatBytes(MAX_FILE_BYTES)}`);
  try {
    return decode(bytes);
  } catch (e) {
    // Chromium cannot make a string of more than about 512 million characters.
    if (e instanceof RangeError) throw new ImportError('too-large', '', 'file is larger than this browser can read as text');
    throw e;
  }
}

function decode(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (e) {
    if (e instanceof RangeError) throw e;
  }
  const mixed = mixedLines(bytes);
  if (mixed) {
    throw new ImportError('encoding', `line ${mixed.gbk}`, `the file mixes encodings: line ${mixed.utf8} is UTF-8 but line ${mixed.gbk} is not (GBK?); save the whole file in one encoding`);
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new ImportError('encoding', '', 'the file is neither UTF-8 nor GBK/GB18030 text');
  }
}

/**
 * One pass over the bytes, line by line: a line that is valid UTF-8 with at least two multi-byte
 * characters (a GBK line almost never is) and another line that is not valid UTF-8 mean a mix.
 */
export function mixedLines(bytes: Uint8Array): { utf8: number; gbk: number } | null {
  let line = 1;
  let utf8Line = 0;
  let badLine = 0;
  let multi = 0;
  let bad = false;
  const endLine = () => {
    if (bad) badLine ||= line;
    else if (multi >= 2) utf8Line ||= line;
  };
  for (let i = 0; i < bytes.length; ) {
    const x = bytes[i]!;
    if (x === 0x0a) {
      endLine();
      if (utf8Line && badLine) break;
      line++;
      multi = 0;
      bad = false;
      i++;
      continue;
    }
    if (x < 0x80) {
      i++;
      continue;
    }
    const n = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    let ok = n > 0 && i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multi++;
      i += n + 1;
    } else {
      bad = true;
      i++;
    }
  }
  endLine();
  return utf8Line && badLine ? { utf8: utf8Line, gbk: badLine } : null;
}

export type ImportFormat = 'json' | 'csv' | 'mermaid';

/**
 * Guesses the format from the file name, then from the text itself. Only the first line (or
 * statement) is looked at, with plain string operations, so detection never depends on how
 * long or how strange the rest of the text is.
 */
export function detectFormat(name: string, text: string): ImportFormat | null {
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'mmd' || ext === 'mermaid') return 'mermaid';
  const start = text.slice(0, 64 * 1024).replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (looksLikeMermaid(start)) return 'mermaid';
  const firstLine = start.slice(0, start.indexOf('\n') >= 0 ? start.indexOf('\n') : start.length);
  if (firstLine.split(',').some((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase() === 'step')) return 'csv';
  return null;
}
