import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only what the bar charts use, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

type Look = 'actual' | 'estimate' | 'target';

/** Actuals solid, estimates lighter, targets hollow: a target is never mistaken for a result. */
const looks: Record<Look, { backgroundColor: string; borderColor: string; borderWidth: number }> = {
  actual: { backgroundColor: '#8c1c13', borderColor: '#8c1c13', borderWidth: 1 },
  estimate: { backgroundColor: '#d9918a', borderColor: '#8c1c13', borderWidth: 1 },
  target: { backgroundColor: 'rgba(17, 94, 103, 0.08)', borderColor: '#115e67', borderWidth: 2 },
};

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
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: drawing.categories,
      datasets: drawing.series.map((s) => ({
        label: s.name,
        data: s.values,
        backgroundColor: s.looks.map((l) => looks[l].backgroundColor),
        borderColor: s.looks.map((l) => looks[l].borderColor),
        borderWidth: s.looks.map((l) => looks[l].borderWidth),
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
