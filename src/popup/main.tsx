import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { localDate } from '../domain/today';
import { App } from './App';
import { loadToday } from './load';
import { readCachedList } from './snapshot';

// `?view=tab`: the same list opened in a tab (from the daily notification), laid out for a page.
if (new URLSearchParams(location.search).get('view') === 'tab') document.body.classList.add('in-tab');
const root = document.getElementById('app');
// The database is opened and today's list read while Preact renders the shell.
const today = localDate();
const firstLoad = loadToday(today);
// Meanwhile the last list drawn today (if any) paints at once; the fresh one replaces it when read.
if (root) render(<App firstLoad={firstLoad} cached={readCachedList(today)} />, root);
