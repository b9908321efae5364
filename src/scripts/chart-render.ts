import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only what the bar charts use, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

type Look = 'actual' | 'estimate' | 'target';

/** The page's own colours (light or dark), so the chart matches the text around it. */
const cssColor = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Actuals solid, estimates lighter, targets hollow: a target is never mistaken for a result. */
function looks(): Record<Look, { backgroundColor: string; borderColor: string; borderWidth: number }> {
  const accent = cssColor('--accent');
  return {
    actual: { backgroundColor: accent, borderColor: accent, borderWidth: 1 },
    // The accent at about 45% opacity (#rrggbb + alpha).
    estimate: { backgroundColor: `${accent}73`, borderColor: accent, borderWidth: 1 },
    target: { backgroundColor: cssColor('--editorial-bg'), borderColor: cssColor('--editorial'), borderWidth: 2 },
  };
}

/** Reads the chart's data table: row headers are categories, columns are series. */
function readTable(table: HTMLTableElement) {
  const rows = [...table.tBodies[0]!.rows];
  const names = [...table.tHead!.rows[0]!.cells].slice(1).map((th) => th.textContent ?? '');
  return {
    categories: rows.map((row) => row.cells[0]!.textContent ?? ''),
    series: names.map((name, i) => {
      const cells = rows.map((row) => row.cells[i + 1]!);
      return {
        name,
        values: cells.map((td) => (td.dataset.value ? Number(td.dataset.value) : null)),
        looks: cells.map((td) => (td.dataset.look ?? 'actual') as Look),
      };
    }),
  };
}

export function drawChart(container: HTMLElement): void {
  const unit = container.dataset.unit ?? '';
  const drawing = readTable(container.closest('figure')!.querySelector('table')!);
  const canvas = container.querySelector('canvas')!;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = cssColor('--ink-soft');
  Chart.defaults.borderColor = cssColor('--rule');
  const look = looks();
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: drawing.categories,
      datasets: drawing.series.map((s) => ({
        label: s.name,
        data: s.values,
        backgroundColor: s.looks.map((l) => look[l].backgroundColor),
        borderColor: s.looks.map((l) => look[l].borderColor),
        borderWidth: s.looks.map((l) => look[l].borderWidth),
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}:${item.formattedValue}${unit}` } },
      },
      scales: { y: { beginAtZero: true, title: { display: true, text: unit } } },
    },
  });
  container.dataset.drawn = 'true';
}
