/**
 * Light, dark or the system's choice; the CSS reads `data-theme` on the root element.
 */
import type { Theme } from './journal';

export const NEXT_THEME: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}
