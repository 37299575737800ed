/**
 * Entry of the operators' insights page (/insights): its own bundle, chart library included, so
 * the reader's first load carries none of it.
 */
import { render } from 'preact';
import { InsightsPage } from './insights-page';
import 'uplot/dist/uPlot.min.css';
import './insights.css';

const root = document.getElementById('insights');
if (root) {
  root.textContent = '';
  render(<InsightsPage />, root);
}
