/**
 * Reads the text of a PDF this app wrote, the way pdftotext does: the ToUnicode CMap maps each
 * CID back to Unicode, and the hex strings shown with Tj are decoded with it. One string per page
 * (text runs joined by newlines). Only for uncompressed content streams, which is what we write.
 */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const pdf = new TextDecoder('latin1').decode(bytes);
  const utf8 = (s: string) => new TextDecoder().decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  const map = new Map<string, string>();
  for (const block of pdf.matchAll(/beginbfchar\n([\s\S]*?)\nendbfchar/g)) {
    for (const m of utf8(block[1]!).matchAll(/<([0-9a-f]{4})> <([0-9a-f]+)>/gi)) {
      const units = m[2]!.match(/.{4}/g)!.map((h) => parseInt(h, 16));
      map.set(m[1]!.toLowerCase(), String.fromCharCode(...units));
    }
  }
  const pages: string[] = [];
  for (const bt of pdf.matchAll(/BT\n3 Tr\n([\s\S]*?)\nET/g)) {
    const runs = [...bt[1]!.matchAll(/<([0-9a-f]*)> Tj/gi)].map((m) => (m[1]!.match(/.{4}/g) ?? []).map((h) => map.get(h.toLowerCase()) ?? '\ufffd').join(''));
    pages.push(runs.join('\n'));
  }
  return pages;
}
