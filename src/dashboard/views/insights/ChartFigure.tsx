import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { formatNumber } from '../../../i18n/format';
import { t } from '../../../i18n/i18n';
import { useStore } from '../../store';
import { exportPng, exportSvg } from './export';

export interface ChartTable {
  /** The header of the first column (what the rows are), then one per number column. */
  columns: string[];
  rows: { label: string; values: number[] }[];
}

/**
 * One chart: its heading, the picture as an accessible image (role="img", named by the heading and
 * described by a sentence of its numbers), the same numbers in a table beside it, and Save as PNG / SVG.
 * `children` draws the SVG's content in a `width`×`height` box.
 */
export function ChartFigure({
  name,
  title,
  summary,
  width,
  height,
  table,
  children,
}: {
  /** The file name the picture is saved under. */
  name: string;
  title: string;
  summary: string;
  width: number;
  height: number;
  table: ChartTable;
  children: ComponentChildren;
}) {
  const { say } = useStore();
  const id = useId();
  const svg = useRef<SVGSVGElement>(null);
  const save = (as: 'png' | 'svg') => {
    const picture = svg.current;
    if (!picture) return;
    (as === 'png' ? exportPng(picture, name) : Promise.resolve(exportSvg(picture, name))).catch(
      (error: unknown) => say(error instanceof Error ? error.message : String(error), 'error'),
    );
  };
  return (
    <section class="panel chart" aria-labelledby={`${id}-title`}>
      <div class="chart-header">
        <h3 id={`${id}-title`}>{title}</h3>
        <div class="button-row chart-export">
          <button
            type="button"
            onClick={() => save('png')}
            aria-label={t('dashboard_chart_save_png', { chart: title })}
          >
            {t('dashboard_chart_png')}
          </button>
          <button
            type="button"
            onClick={() => save('svg')}
            aria-label={t('dashboard_chart_save_svg', { chart: title })}
          >
            {t('dashboard_chart_svg')}
          </button>
        </div>
      </div>
      <p id={`${id}-summary`} class="chart-summary">
        {summary}
      </p>
      <div class="chart-body">
        <svg
          ref={svg}
          class="chart-svg"
          role="img"
          aria-labelledby={`${id}-title ${id}-summary`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title>{title}</title>
          <desc>{summary}</desc>
          {children}
        </svg>
        <table class="table chart-table">
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td key={table.columns[index + 1]}>{formatNumber(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
