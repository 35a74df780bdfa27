/**
 * The months ahead as a strip: one band per month, one row per kind of dated thing, a mark on each day
 * that has one (a taller mark for several). The mark's row, not its colour alone, says what it is.
 */
import { daysBetween } from '../../../domain/dates';
import type { AheadItem, AheadKind, AheadWindow } from '../../../domain/insights';
import { LABEL_WIDTH, RowLabel } from './bars';

const ROW = 30;
const HEADER = 24;

export const stripHeight = (kinds: number) => HEADER + kinds * ROW + 6;

export function CalendarStrip({
  window,
  items,
  kinds,
  width,
  monthLabel,
  kindLabel,
}: {
  window: AheadWindow;
  items: readonly AheadItem[];
  kinds: readonly AheadKind[];
  width: number;
  monthLabel: (month: string) => string;
  kindLabel: (kind: AheadKind) => string;
}) {
  const start = `${window.months[0]}-01`;
  const days = daysBetween(start, window.to) + 1;
  const dayWidth = (width - LABEL_WIDTH) / days;
  const x = (date: string) => LABEL_WIDTH + daysBetween(start, date) * dayWidth;
  const perDay = new Map<string, number>();
  for (const item of items)
    perDay.set(`${item.kind}|${item.date}`, (perDay.get(`${item.kind}|${item.date}`) ?? 0) + 1);
  const bottom = HEADER + kinds.length * ROW;
  return (
    <g>
      {/* The days of this month already gone. */}
      <rect
        class="chart-past"
        x={LABEL_WIDTH}
        y={HEADER}
        width={x(window.from) - LABEL_WIDTH}
        height={bottom - HEADER}
      />
      {window.months.map((month, index) => {
        const left = x(`${month}-01`);
        return (
          <g key={month}>
            <line class="chart-grid" x1={left} x2={left} y1={HEADER - 18} y2={bottom} />
            <text class="chart-label" x={left + 4} y={HEADER - 8}>
              {monthLabel(month)}
            </text>
            {index === 0 && (
              <line class="chart-today" x1={x(window.from)} x2={x(window.from)} y1={HEADER} y2={bottom} />
            )}
          </g>
        );
      })}
      {kinds.map((kind, row) => {
        const y = HEADER + row * ROW;
        return (
          <g key={kind}>
            <line class="chart-grid" x1={LABEL_WIDTH} x2={width} y1={y + ROW} y2={y + ROW} />
            <RowLabel x={LABEL_WIDTH - 8} y={y + ROW / 2} text={kindLabel(kind)} />
            {[...perDay]
              .filter(([key]) => key.startsWith(`${kind}|`))
              .map(([key, count]) => {
                const height = Math.min(ROW - 6, 8 + 4 * (count - 1));
                return (
                  <rect
                    key={key}
                    class={`chart-mark chart-mark-${kind}`}
                    x={x(key.slice(kind.length + 1))}
                    y={y + (ROW - height) / 2}
                    width={Math.max(3, dayWidth)}
                    height={height}
                  />
                );
              })}
          </g>
        );
      })}
    </g>
  );
}
