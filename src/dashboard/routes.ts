/**
 * The dashboard's sections, in nav order. The router and the nav are built from this list, so a new
 * section is one line here (and its label key in messages.json).
 */
import type { ComponentType } from 'preact';
import type { MessageKey } from '../i18n/i18n';
import { AgendaView } from './views/agenda/AgendaView';
import { BoardView } from './views/board/BoardView';
import { DataViewPage } from './views/data/DataView';
import { InsightsRoute } from './views/insights/InsightsRoute';
import { LoopRoute } from './views/loops/LoopRoute';
import { LoopsView } from './views/loops/LoopsView';
import { PeopleView } from './views/people/PeopleView';
import { PersonView } from './views/person/PersonView';
import { SettingsView } from './views/settings/SettingsView';
import { TemplatesView } from './views/templates/TemplatesView';

export interface RouteEntry {
  /** The hash: `#/<section>` and `#/<section>/<id>`. */
  section: string;
  label: MessageKey;
  /** The section's page. */
  list: ComponentType;
  /** The page of one item (`#/<section>/<id>`), when the section has items. */
  detail?: ComponentType<{ id: string; rest?: string }>;
}

export const ROUTES: RouteEntry[] = [
  { section: 'loops', label: 'dashboard_nav_loops', list: LoopsView, detail: LoopRoute },
  { section: 'board', label: 'dashboard_nav_board', list: BoardView },
  { section: 'insights', label: 'dashboard_nav_insights', list: InsightsRoute },
  { section: 'people', label: 'dashboard_nav_people', list: PeopleView, detail: PersonView },
  { section: 'agenda', label: 'dashboard_nav_agenda', list: AgendaView },
  { section: 'templates', label: 'dashboard_nav_templates', list: TemplatesView },
  { section: 'settings', label: 'dashboard_nav_settings', list: SettingsView },
  { section: 'data', label: 'dashboard_nav_data', list: DataViewPage },
];
