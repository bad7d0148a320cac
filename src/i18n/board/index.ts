import i18n from '..';
import en from './en';
import zhCN from './zh-CN';
import zhTW from './zh-TW';

// Imported by the board screen: its words join the shell's for every language at once, so a
// later language switch needs nothing more.
for (const [lng, bundle] of [['en', en], ['zh-CN', zhCN], ['zh-TW', zhTW]] as const) i18n.addResourceBundle(lng, 'translation', bundle, true, false);
