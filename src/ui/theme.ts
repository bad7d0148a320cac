import { themeCssVariables } from '../domain/theme';

/** Puts the theme's custom properties on the document, once, before the first render. */
export function installTheme(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(themeCssVariables())) root.style.setProperty(name, value);
}
