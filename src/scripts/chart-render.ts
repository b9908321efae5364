import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

// Only what the bar charts use, so the bundle stays small.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

interface Drawing {
  unit: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; looks: Look[] }[];
}

type Look = 'actual' | 'estimate' | 'target';

/** Actuals solid, estimates lighter, targets hollow: a target is never mistaken for a result. */
const looks: Record<Look, { backgroundColor: string; borderColor: string; borderWidth: number }> = {
  actual: { backgroundColor: '#8c1c13', borderColor: '#8c1c13', borderWidth: 1 },
  estimate: { backgroundColor: '#d9918a', borderColor: '#8c1c13', borderWidth: 1 },
  target: { backgroundColor: 'rgba(17, 94, 103, 0.08)', borderColor: '#115e67', borderWidth: 2 },
};

export function drawChart(container: HTMLElement): void {
  const drawing = JSON.parse(container.dataset.chart!) as Drawing;
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
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}:${item.formattedValue}${drawing.unit}` } },
      },
      scales: { y: { beginAtZero: true, title: { display: true, text: drawing.unit } } },
    },
  });
  container.dataset.drawn = 'true';
}
