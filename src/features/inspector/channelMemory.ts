/**
 * Channels a team added, remembered across maps in this browser so the library offers them again
 * when another map is edited. The map itself keeps its own list (that is what travels in files).
 */
const KEY = 'journeyprint.customChannels';
const MAX = 200;

export function rememberedChannels(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string' && c.trim() !== '').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberChannel(name: string): void {
  const list = rememberedChannels().filter((c) => c !== name);
  try {
    localStorage.setItem(KEY, JSON.stringify([name, ...list].slice(0, MAX)));
  } catch {
    // Storage full or blocked: the channel is still in the map, only the suggestion is lost.
  }
}
