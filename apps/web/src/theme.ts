/**
 * Light, dark or the system's choice (the CSS reads `data-theme` on the root element), and the
 * tint of the story's setting.
 */
import type { Theme } from './journal';

export const NEXT_THEME: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

export function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
}

/**
 * The key the page's tint is chosen by (`data-setting` in the CSS): the setting's name as the
 * story shows it, "Night bus" -> "night-bus". Undefined before a story (no tint).
 */
export function settingKey(setting: string | undefined): string | undefined {
  return setting?.toLowerCase().replace(/\s+/gu, '-');
}
