/**
 * Entry of the reader's app: applies the saved theme before first paint and mounts the app.
 */
import { render } from 'preact';
import { App } from './app';
import { applyTheme } from './theme';
import { savedTheme } from './journal';
import './styles.css';

applyTheme(savedTheme());
const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
