import { type Insights, MONTHS_SHOWN, readInsights } from '../../../db/insights';
import { AHEAD_KINDS, type AheadKind, aheadByMonth, type FollowUpOutcome } from '../../../domain/insights';
import { localDate } from '../../../domain/today';
import { formatMonth, formatNumber, uiLanguage } from '../../../i18n/format';
import { type MessageKey, t } from '../../../i18n/i18n';
import { statusKey } from '../../../i18n/labels';
import { INSIGHTS_DRAWN_MARK, useDrawnMark } from '../../drawn-mark';
import { href } from '../../router';
import { useLoad } from '../../store';
import { type Bar, Columns, HBars, hbarsHeight } from './bars';
import { CalendarStrip, stripHeight } from './CalendarStrip';
import { ChartFigure } from './ChartFigure';
import './insights.css';

const BARS_WIDTH = 520;
const COLUMNS_HEIGHT = 200;
const STRIP_WIDTH = 760;

const FOLLOW_UP_LABELS: Record<FollowUpOutcome, MessageKey> = {
  'on-time': 'dashboard_insights_on_time',
  late: 'dashboard_insights_late',
  dismissed: 'dashboard_insights_dismissed',
};
export const AHEAD_LABELS: Record<AheadKind, MessageKey> = {
  'check-in': 'dashboard_insights_check_ins',
  'progress-update': 'dashboard_insights_progress_updates',
  'offer-deadline': 'dashboard_insights_offer_deadlines',
  other: 'dashboard_insights_other_reminders',
};

const monthDate = (month: string) => `${month}-15`;
const shortMonth = (month: string) =>
  new Intl.DateTimeFormat(uiLanguage(), { month: 'short' }).format(new Date(`${monthDate(month)}T12:00:00`));
const list = (bars: readonly Bar[]) => bars.map((b) => `${b.label}: ${formatNumber(b.value)}`).join(', ');

/** "14 in the last 12 months; the most, 5, in March 2026." */
function monthsSummary(counts: Insights['started']): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return t('dashboard_insights_none_in_months', { months: MONTHS_SHOWN });
  const peak = counts.reduce((best, c) => (c.count > best.count ? c : best));
  return t('dashboard_insights_total_peak', {
    total: formatNumber(total),
    months: MONTHS_SHOWN,
    peak: formatNumber(peak.count),
    month: formatMonth(monthDate(peak.key)),
  });
}

function PerMonth({
  name,
  title,
  column,
  counts,
}: {
  name: string;
  title: string;
  column: string;
  counts: Insights['started'];
}) {
  return (
    <ChartFigure
      name={name}
      title={title}
      summary={monthsSummary(counts)}
      width={BARS_WIDTH}
      height={COLUMNS_HEIGHT}
      table={{
        columns: [t('dashboard_insights_month'), column],
        rows: counts.map((c) => ({ label: formatMonth(monthDate(c.key)), values: [c.count] })),
      }}
    >
      <Columns
        bars={counts.map((c) => ({ label: shortMonth(c.key), value: c.count }))}
        width={BARS_WIDTH}
        height={COLUMNS_HEIGHT}
      />
    </ChartFigure>
  );
}

/** A few named values as horizontal bars (the funnel, the follow-ups). */
function NamedBars({
  name,
  title,
  columns,
  bars,
}: {
  name: string;
  title: string;
  columns: string[];
  bars: Bar[];
}) {
  return (
    <ChartFigure
      name={name}
      title={title}
      summary={t('dashboard_insights_list_summary', { list: list(bars) })}
      width={BARS_WIDTH}
      height={hbarsHeight(bars)}
      table={{ columns, rows: bars.map((b) => ({ label: b.label, values: [b.value] })) }}
    >
      <HBars bars={bars} width={BARS_WIDTH} />
    </ChartFigure>
  );
}

function Charts({ data }: { data: Insights }) {
  const funnel = data.funnel.map((c) => ({ label: t(statusKey(c.key)), value: c.count }));
  const followUps = data.followUps.map((c) => ({ label: t(FOLLOW_UP_LABELS[c.key]), value: c.count }));
  const { window, items } = data.ahead;
  const byMonth = aheadByMonth(items, window.months);
  const aheadTotals = AHEAD_KINDS.map((kind) => ({
    label: t(AHEAD_LABELS[kind]),
    value: byMonth.reduce((sum, month) => sum + month[kind], 0),
  }));
  return (
    <div class="charts">
      <NamedBars
        name="funnel"
        title={t('dashboard_insights_funnel')}
        columns={[t('dashboard_stage'), t('dashboard_insights_loops')]}
        bars={funnel}
      />
      <PerMonth
        name="loops-started"
        title={t('dashboard_insights_started')}
        column={t('dashboard_insights_loops_started')}
        counts={data.started}
      />
      <PerMonth
        name="people-met"
        title={t('dashboard_insights_met')}
        column={t('dashboard_insights_people_met')}
        counts={data.met}
      />
      <NamedBars
        name="follow-ups"
        title={t('dashboard_insights_follow_ups')}
        columns={[t('dashboard_insights_follow_up'), t('dashboard_insights_reminders')]}
        bars={followUps}
      />
      <ChartFigure
        name="months-ahead"
        title={t('dashboard_insights_ahead')}
        summary={t('dashboard_insights_list_summary', { list: list(aheadTotals) })}
        width={STRIP_WIDTH}
        height={stripHeight(AHEAD_KINDS.length)}
        table={{
          columns: [t('dashboard_insights_month'), ...AHEAD_KINDS.map((kind) => t(AHEAD_LABELS[kind]))],
          rows: window.months.map((month, index) => ({
            label: formatMonth(monthDate(month)),
            values: AHEAD_KINDS.map((kind) => byMonth[index]?.[kind] ?? 0),
          })),
        }}
      >
        <CalendarStrip
          window={window}
          items={items}
          kinds={AHEAD_KINDS}
          width={STRIP_WIDTH}
          monthLabel={shortMonth}
          kindLabel={(kind) => t(AHEAD_LABELS[kind])}
        />
      </ChartFigure>
    </div>
  );
}

/** #/insights: the search in numbers, each chart with its figures in a table (src/db/insights.ts). */
export function InsightsView() {
  const state = useLoad(() => readInsights(localDate()), []);
  useDrawnMark(INSIGHTS_DRAWN_MARK, state.phase === 'ready');
  const empty = state.phase === 'ready' && state.data.funnel[0]?.count === 0;
  return (
    <section aria-labelledby="insights-heading">
      <div class="page-header">
        <h2 id="insights-heading">{t('dashboard_insights')}</h2>
      </div>
      {state.phase === 'loading' && <p class="muted">{t('dashboard_loading')}</p>}
      {state.phase === 'error' && <p class="error">{state.error}</p>}
      {empty && (
        <div class="empty">
          <strong>{t('dashboard_insights_empty_title')}</strong>
          <p>{t('dashboard_insights_empty_body')}</p>
          <a href={href('loops', 'new')}>{t('dashboard_new_loop')}</a>
        </div>
      )}
      {state.phase === 'ready' && !empty && <Charts data={state.data} />}
    </section>
  );
}
