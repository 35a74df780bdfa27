import { render } from 'preact';
import '../ui/theme.css';
import './capture.css';
import { App } from './App';
import { fitFrameTo } from './fit';

const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  fitFrameTo(root);
}
