/**
 * Entry of the reader's app: applies the saved theme before first paint and mounts the app.
 */
import { render } from 'preact';
import { App } from './app';
import { applyTheme } from './theme';
import { savedTheme } from './journal';
// Literata, a serif drawn for long reading on screens, served with the app: the system serif
// is a Times-like face on Linux and Android. Latin first; other scripts load only when used.
import '@fontsource/literata/400.css';
import '@fontsource/literata/400-italic.css';
import './styles.css';

applyTheme(savedTheme());
const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
