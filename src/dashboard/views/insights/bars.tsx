/**
 * Plain SVG bars, scaled by hand (a linear scale from zero is one division): horizontal bars for a few
 * named values (the funnel, follow-ups), columns for values over months. Colours come from the theme's
 * CSS variables through classes (insights.css), so light and dark follow the page.
 */
import { formatNumber } from '../../../i18n/format';

export interface Bar {
  label: string;
  value: number;
}

/** The room the row labels take on the left (HBars, CalendarStrip). */
export const LABEL_WIDTH = 130;

/** A row's name, right-aligned against the rows at `x`, centred on `y`. */
export function RowLabel({ x, y, text }: { x: number; y: number; text: string }) {
  return (
    <text class="chart-label" x={x} y={y} text-anchor="end" dominant-baseline="middle">
      {text}
    </text>
  );
}
const ROW = 34;

export const hbarsHeight = (bars: readonly Bar[]) => bars.length * ROW + 8;

/** One row per bar: its label, the bar, its number. */
export function HBars({ bars, width }: { bars: readonly Bar[]; width: number }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = width - LABEL_WIDTH - 48;
  return (
    <g>
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        const length = (bar.value / max) * room;
        return (
          <g key={bar.label}>
            <RowLabel x={LABEL_WIDTH - 8} y={y + ROW / 2} text={bar.label} />
            <rect
              class={`chart-bar chart-bar-${index}`}
              x={LABEL_WIDTH}
              y={y + 5}
              width={length}
              height={ROW - 10}
              rx={3}
            />
            <text class="chart-value" x={LABEL_WIDTH + length + 6} y={y + ROW / 2} dominant-baseline="middle">
              {formatNumber(bar.value)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Columns side by side with their labels under them and their numbers above. */
export function Columns({ bars, width, height }: { bars: readonly Bar[]; width: number; height: number }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const top = 20;
  const bottom = height - 24;
  const step = width / Math.max(1, bars.length);
  const barWidth = Math.max(4, step * 0.62);
  return (
    <g>
      <line class="chart-axis" x1={0} x2={width} y1={bottom + 0.5} y2={bottom + 0.5} />
      {bars.map((bar, index) => {
        const h = (bar.value / max) * (bottom - top);
        const x = index * step + (step - barWidth) / 2;
        return (
          <g key={bar.label}>
            <rect class="chart-bar" x={x} y={bottom - h} width={barWidth} height={h} rx={2} />
            {bar.value > 0 && (
              <text class="chart-value" x={x + barWidth / 2} y={bottom - h - 5} text-anchor="middle">
                {formatNumber(bar.value)}
              </text>
            )}
            <text class="chart-label" x={x + barWidth / 2} y={height - 6} text-anchor="middle">
              {bar.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
