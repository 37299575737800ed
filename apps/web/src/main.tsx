/**
 * Entry of the reader's app: asks for a fresh visitor's first beat, applies the saved theme
 * before first paint and mounts the app once that beat has come (or shortly, if it is slow).
 */
import { render } from 'preact';
import { App, initialLanguage } from './app';
import { beginEarly } from './hooks/use-journey';
import { applyTheme } from './theme';
import { savedTheme } from './journal';
import { openingSettled } from './opening';
// Literata, a serif drawn for long reading on screens, served with the app: the system serif
// is a Times-like face on Linux and Android. Latin first; other scripts load only when used.
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import './styles.css';

// The built-in storyteller answers well inside this; an AI narrator's opening streams in later.
const OPENING_WAIT_MS = 150;

beginEarly(initialLanguage());
applyTheme(savedTheme());
void openingSettled(OPENING_WAIT_MS).then(() => {
  const root = document.getElementById('app');
  if (root === null) return;
  root.textContent = '';
  render(<App />, root);
});
