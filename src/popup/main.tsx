import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { App } from './App';

// `?view=tab`: the same list opened in a tab (from the daily notification), laid out for a page.
if (new URLSearchParams(location.search).get('view') === 'tab') document.body.classList.add('in-tab');
const root = document.getElementById('app');
if (root) render(<App />, root);
