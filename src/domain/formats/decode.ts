import { ImportError, MAX_IMPORT_BYTES } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a text file: a BOM decides; otherwise UTF-8 if the bytes are valid UTF-8, else GB18030
 * (a superset of GBK, which Excel on a Chinese Windows writes by default).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportError('too-large', '', 'file is larger than 20 MB');
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      throw new ImportError('encoding', '', 'the file is neither UTF-8 nor GBK/GB18030 text');
    }
  }
}

export type ImportFormat = 'json' | 'csv' | 'mermaid';

/** Guesses the format from the file name, then from the text itself. */
export function detectFormat(name: string, text: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  if (ext === 'mmd' || ext === 'mermaid') return 'mermaid';
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^journey\b/.test(start) || /^%%/.test(start)) return 'mermaid';
  if (/^[^\n]*\bstep\b[^\n]*,/i.test(start)) return 'csv';
  return null;
}
