/**
 * A chart drawn by uPlot (small, fast, canvas), with the figure's words around it: a caption, a
 * description for screen readers on the drawing, and a legend in the page's own markup. The
 * numbers themselves are always in a table beside the chart (see insights-page.tsx), so nothing
 * is known only from the picture.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** A CSS custom property of the page (`--series-1`), read when the chart is drawn. */
  color: string;
  kind?: 'line' | 'bars';
  /** 'share' plots on a 0-100% scale on the right. */
  scale?: 'count' | 'share';
}

interface ChartProps {
  title: string;
  /** What the chart shows, in words: the drawing's accessible name. */
  summary: string;
  /** Unix seconds for days, or plain numbers (turns). */
  x: number[];
  time: boolean;
  series: ChartSeries[];
}

const HEIGHT = 220;
/** uPlot's Axis.Side.Right: an ambient const enum, which isolated modules cannot read. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the enum's value
const RIGHT = 1 as uPlot.Axis.Side;

function cssColor(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

function options(props: ChartProps, width: number): uPlot.Options {
  const ink = cssColor('--muted');
  const grid = cssColor('--line');
  const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
  const hasShare = props.series.some((series) => series.scale === 'share');
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    scales: {
      // Half a step of room at each end, so the first and last bars are whole.
      x: {
        time: props.time,
        range: (_self, min, max) => {
          const half = props.time ? 43_200 : 0.5;
          return [min - half, max + half];
        },
      },
      count: { range: (_self, _min, max) => [0, Math.max(1, max)] },
      share: { range: [0, 1] },
    },
    axes: [
      { ...axis, ...(props.time ? {} : { values: (_self, ticks) => ticks.map(String) }) },
      { ...axis, scale: 'count' },
      ...(hasShare
        ? [
            {
              ...axis,
              scale: 'share',
              side: RIGHT,
              grid: { show: false },
              values: (_self: uPlot, ticks: number[]) =>
                ticks.map((tick) => `${String(Math.round(tick * 100))}%`),
            },
          ]
        : []),
    ],
    series: [
      {},
      ...props.series.map((series): uPlot.Series => {
        const color = cssColor(series.color);
        const bars = uPlot.paths.bars?.({ size: [0.6, 48] });
        return {
          label: series.label,
          scale: series.scale ?? 'count',
          stroke: color,
          width: 2,
          ...(series.kind === 'bars' && bars !== undefined
            ? { fill: `${color}55`, paths: bars, points: { show: false } }
            : {}),
        };
      }),
    ],
  };
}

export function Chart(props: ChartProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = target.current;
    if (element === null) return undefined;
    const data: uPlot.AlignedData = [props.x, ...props.series.map((series) => series.values)];
    const plot = new uPlot(options(props, element.clientWidth || 600), data, element);
    // Follows the column's width, so the chart fits a phone and a wide screen alike.
    const resize = new ResizeObserver(() => {
      plot.setSize({ width: element.clientWidth || 600, height: HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [props]);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div class="chart-drawing" role="img" aria-label={props.summary} ref={target} />
      <ul class="chart-legend" aria-hidden="true">
        {props.series.map((series) => (
          <li key={series.label}>
            <span class="swatch" style={{ background: `var(${series.color})` }} />
            {series.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
