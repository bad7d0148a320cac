import enBoard from './board/en';
import zhCNBoard from './board/zh-CN';
import zhTWBoard from './board/zh-TW';
import enShell from './en';
import zhCNShell from './zh-CN';
import zhTWShell from './zh-TW';

/**
 * Every word of each language, the shell's and the board's together, for tests and tools that
 * read strings directly (the app itself loads the board's words with the board: board/index.ts).
 */
export const en = { ...enShell, ...enBoard };
export const zhCN = { ...zhCNShell, ...zhCNBoard };
export const zhTW = { ...zhTWShell, ...zhTWBoard };
