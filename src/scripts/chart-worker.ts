/**
 * Draws the charts off the page's main thread (OffscreenCanvas): building a Chart.js chart takes
 * 250–550 ms of main-thread time on a slow phone (measured with 4× CPU slowdown), which blocked
 * scrolling and input whenever a chart came into view.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from 'chart.js';
import type { Look } from '../lib/render/chart-contract';
import type { ChartDrawing, ChartTheme, FromWorker, ToWorker } from './chart-drawing';

// Only what the bar charts use, so the bundle stays small. No tooltip: a worker gets no pointer
// events; every bar carries its value, and the table under each chart gives its source. No
// legend plugin: the legend is drawn here (chartLegend), each entry with every look it stands for.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

type BarLook = { backgroundColor: string | CanvasPattern; borderColor: string; borderWidth: number };

/** Diagonal stripes of the page's colour over the accent: an estimate as strong as an actual, and marked. */
function hatching(theme: ChartTheme): CanvasPattern {
  const tile = new OffscreenCanvas(8, 8);
  const ctx = tile.getContext('2d')!;
  ctx.fillStyle = theme.accent;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = theme.paper;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const offset of [-8, 0, 8]) {
    ctx.moveTo(offset, 8);
    ctx.lineTo(offset + 8, 0);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat')!;
}

/**
 * Actuals solid, estimates hatched, targets hollow: a target is never mistaken for a result, and
 * the same things stand out in the light and the dark scheme (an estimate is not dimmer).
 */
function looks(theme: ChartTheme): Record<Look, BarLook> {
  return {
    actual: { backgroundColor: theme.accent, borderColor: theme.accent, borderWidth: 1 },
    estimate: { backgroundColor: hatching(theme), borderColor: theme.accent, borderWidth: 1 },
    target: { backgroundColor: theme.editorialBg, borderColor: theme.editorial, borderWidth: 2 },
  };
}

/** The page's background under the chart, so that its PNG reads as the page shows it. */
function paper(theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'paper',
    beforeDraw({ ctx, width, height }) {
      ctx.save();
      ctx.fillStyle = theme.paper;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

const lookOrder: Look[] = ['actual', 'estimate', 'target'];

/**
 * The legend: one entry per series, with a swatch for each look its bars take (实绩或预计: solid
 * and hatched, where both occur), in rows that wrap to the chart's width, at its foot.
 */
function chartLegend(drawing: ChartDrawing, theme: ChartTheme, barLooks: Record<Look, BarLook>) {
  const size = theme.fontSize;
  const swatch = { width: size * 1.75, height: size * 0.85, gap: 3 };
  const rowHeight = size * 1.6;
  const entries = drawing.series.map((s) => ({
    name: s.name,
    looks: lookOrder.filter((l) => s.looks.some((sl, j) => sl === l && s.values[j] != null)),
  }));
  type Placed = { entry: (typeof entries)[number]; width: number };
  const rowWidth = (row: Placed[]) => row.reduce((sum, { width }) => sum + width, 0) + size * (row.length - 1);
  const rows = (ctx: CanvasRenderingContext2D, width: number) => {
    ctx.font = `${size}px ${theme.font}`;
    const placed: Placed[][] = [];
    for (const entry of entries) {
      const next = { entry, width: entry.looks.length * (swatch.width + swatch.gap) + size * 0.4 + ctx.measureText(entry.name).width };
      const row = placed.at(-1);
      if (row && rowWidth([...row, next]) <= width) row.push(next);
      else placed.push([next]);
    }
    return placed;
  };
  return {
    /** The room the legend takes at the chart's foot. */
    height: (chart: Chart<'bar'>) => rows(chart.ctx, chart.width).length * rowHeight + size * 0.5,
    plugin: {
      id: 'legend',
      afterDraw(chart) {
        const { ctx } = chart;
        ctx.save();
        const placed = rows(ctx, chart.width);
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        placed.forEach((row, r) => {
          let x = (chart.width - rowWidth(row)) / 2;
          const y = chart.height - (placed.length - r - 0.5) * rowHeight;
          for (const { entry, width } of row) {
            entry.looks.forEach((l, i) => {
              const { backgroundColor, borderColor, borderWidth } = barLooks[l];
              const left = x + i * (swatch.width + swatch.gap) + borderWidth / 2;
              const box = [left, y - swatch.height / 2, swatch.width - borderWidth, swatch.height] as const;
              ctx.fillStyle = backgroundColor;
              ctx.fillRect(...box);
              ctx.strokeStyle = borderColor;
              ctx.lineWidth = borderWidth;
              ctx.strokeRect(...box);
            });
            ctx.fillStyle = theme.ink;
            ctx.fillText(entry.name, x + entry.looks.length * (swatch.width + swatch.gap) + size * 0.4, y);
            x += width + size;
          }
        });
        ctx.restore();
      },
    } satisfies Plugin<'bar'>,
  };
}

/**
 * Each bar's value written at its end (direct labels), each yearly average as a line across its
 * years, and on a time axis the unit, set level above the value axis (not turned on its side).
 */
function labelsAndAverages(drawing: ChartDrawing, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'labels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${theme.fontSize}px ${theme.font}`;
      ctx.fillStyle = theme.ink;
      const horizontal = drawing.axis === 'indicators';
      if (horizontal) {
        // Each indicator's name just above its bars, across the whole width: long names stay whole.
        const tops = drawing.categories.map((_, j) => chart.scales.y!.getPixelForValue(j));
        chart.data.datasets.forEach((dataset, i) => {
          chart.getDatasetMeta(i).data.forEach((bar, j) => {
            const j0 = drawing.categories.indexOf((dataset.data[j] as unknown as { y: string }).y);
            const { y, height } = bar.getProps(['y', 'height'], true) as { y: number; height: number };
            tops[j0] = Math.min(tops[j0]!, y - height / 2);
          });
        });
        ctx.textAlign = 'left';
        ctx.textBaseline = 'bottom';
        drawing.categories.forEach((name, j) => ctx.fillText(name, chart.chartArea.left, tops[j]! - 3));
      }
      chart.data.datasets.forEach((dataset, i) => {
        chart.getDatasetMeta(i).data.forEach((bar, j) => {
          const label = (dataset.data[j] as unknown as { label?: string } | null)?.label;
          if (!label) return;
          ctx.textAlign = horizontal ? 'left' : 'center';
          ctx.textBaseline = horizontal ? 'middle' : 'bottom';
          ctx.fillText(label, horizontal ? bar.x + 4 : bar.x, horizontal ? bar.y : bar.y - 3);
        });
      });
      if (drawing.axis === 'years') {
        const x = chart.scales.x!;
        const y = chart.scales.y!;
        // Above the bars' labels, which the top padding makes room for.
        ctx.textAlign = 'left';
        ctx.textBaseline = 'bottom';
        ctx.fillText(drawing.unit, y.left, chart.chartArea.top - theme.fontSize - 8);
        drawing.places.forEach((place, j) => {
          if (!('from' in place)) return;
          const value = drawing.series[0]!.values[j];
          if (value == null) return;
          const [left, right, top] = [x.getPixelForValue(place.from - 0.4), x.getPixelForValue(place.to + 0.4), y.getPixelForValue(value)];
          ctx.strokeStyle = theme.accent;
          ctx.lineWidth = 3;
          ctx.beginPath();
          ctx.moveTo(left, top);
          ctx.lineTo(right, top);
          ctx.stroke();
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(`${drawing.categories[j]} ${drawing.series[0]!.labels[j]}`, (left + right) / 2, top - 3);
        });
      }
      ctx.restore();
    },
  };
}

/** The datasets: bars at their category (indicators) or at their year (a time axis); averages are drawn by the plugin. */
function datasets(drawing: ChartDrawing, look: Record<Look, BarLook>) {
  return drawing.series.map((s) => {
    const bars = s.values.flatMap((value, j) => {
      const place = drawing.places[j];
      if (value == null || (place && 'from' in place)) return [];
      const at = drawing.axis === 'years' ? { x: (place as { year: number }).year, y: value } : { x: value, y: drawing.categories[j]! };
      return [{ ...at, label: s.labels[j], look: look[s.looks[j]!] }];
    });
    return {
      label: s.name,
      data: bars,
      backgroundColor: bars.map((b) => b.look.backgroundColor),
      borderColor: bars.map((b) => b.look.borderColor),
      borderWidth: bars.map((b) => b.look.borderWidth),
    };
  });
}

const charts = new Map<number, Chart<'bar'>>();

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'resize') {
    charts.get(message.id)?.resize(message.width, message.height);
    return;
  }
  if (message.kind === 'png') {
    // Chart.js draws on the OffscreenCanvas it was given: the file is that bitmap, at its size.
    const canvas = charts.get(message.id)?.canvas as unknown as OffscreenCanvas | undefined;
    void canvas
      ?.convertToBlob({ type: 'image/png' })
      .then((png) => self.postMessage({ kind: 'png', id: message.id, png } satisfies FromWorker));
    return;
  }
  const { id, canvas, width, height, pixelRatio, drawing, theme } = message;
  // In CSS pixels: Chart.js multiplies by devicePixelRatio itself.
  canvas.width = width;
  canvas.height = height;
  Chart.defaults.font.family = theme.font;
  Chart.defaults.font.size = theme.fontSize;
  Chart.defaults.color = theme.ink;
  Chart.defaults.borderColor = theme.rule;
  const years = drawing.places.flatMap((p) => ('year' in p ? [p.year] : [p.from, p.to]));
  const barLooks = looks(theme);
  const legend = chartLegend(drawing, theme, barLooks);
  // A time axis's unit is written above it (the plugin); bars along the width have it below, level.
  const valueAxis = { beginAtZero: true, title: { display: drawing.axis === 'indicators', text: drawing.unit } };
  // Chart.js draws on an OffscreenCanvas in a worker (its docs: "Using from a web worker"), but
  // its ChartItem type lists only DOM canvases.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    type: 'bar',
    data: { datasets: datasets(drawing, barLooks) as never },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: pixelRatio,
      animation: false,
      events: [],
      ...(drawing.axis === 'indicators'
        ? {
            // Bars along the width, each indicator's name above them (the plugin), read without
            // turning the head; room at the right for the values.
            indexAxis: 'y' as const,
            layout: {
              padding: ({ chart }: { chart: Chart }) => ({
                right: theme.fontSize * 4,
                top: theme.fontSize + 4,
                bottom: legend.height(chart as Chart<'bar'>),
              }),
            },
            datasets: { bar: { maxBarThickness: theme.fontSize + 2, categoryPercentage: 0.8, barPercentage: 1 } },
            scales: {
              x: valueAxis,
              y: {
                type: 'category' as const,
                labels: drawing.categories,
                ticks: { display: false },
                grid: { display: false },
                offset: true,
              },
            },
          }
        : {
            // Years in proportion: a year no report speaks of is a gap, not a squeezed-out column.
            // Room at the top for the bars' labels and, above them, the unit; at the right for the
            // last bar's label, which may be wider than the bar.
            layout: {
              padding: ({ chart }: { chart: Chart }) => ({
                top: theme.fontSize * 2 + 10,
                right: theme.fontSize * 1.5,
                bottom: legend.height(chart as Chart<'bar'>),
              }),
            },
            datasets: { bar: { categoryPercentage: 0.96, barPercentage: 0.96, maxBarThickness: 48 } },
            scales: {
              x: {
                type: 'linear' as const,
                min: Math.min(...years) - 0.5,
                max: Math.max(...years) + 0.5,
                offset: false,
                grid: { display: false },
                // A tick at every year, those without a figure too.
                afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
                  scale.ticks = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => ({
                    value: Math.min(...years) + i,
                  }));
                },
                // Level, as all the chart's text: where the years do not fit, every other one is named.
                ticks: { callback: (v: string | number) => String(v), maxRotation: 0 },
              },
              y: valueAxis,
            },
          }),
    },
    plugins: [paper(theme), labelsAndAverages(drawing, theme), legend.plugin],
  });
  charts.set(id, chart);
  self.postMessage({ kind: 'drawn', id } satisfies FromWorker);
});
