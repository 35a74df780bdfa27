import { render } from 'preact';
import '../ui/theme.css';
import './popup.css';
import { localDate } from '../domain/today';
import { App } from './App';
import { loadToday } from './load';
import { readCachedList } from './snapshot';

const params = new URLSearchParams(location.search);
// `?view=tab`: the same list opened in a tab (from the daily notification), laid out for a page.
if (params.get('view') === 'tab') document.body.classList.add('in-tab');
const root = document.getElementById('app');
// The database is opened and today's list read while Preact renders the shell.
const today = localDate();
const firstLoad = loadToday(today);
// Meanwhile the last list drawn today (if any) paints at once; the fresh one replaces it when read.
// `?write=<reminderId>` (with view=tab, from the capture panel's "Write thank-you now"): the composer
// opens for that reminder as soon as the list is read.
if (root)
  render(<App firstLoad={firstLoad} cached={readCachedList(today)} writeId={params.get('write')} />, root);
