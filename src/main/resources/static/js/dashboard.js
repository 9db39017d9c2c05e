/*
 * The dashboard's charts, drawn with Chart.js from the tables printed beside them: the tables hold the
 * figures, in the reader's language, and the charts only picture them. Each figure.chart names its kind
 * (bar, horizontal-bar, line), whether its bars stack, and the unit of its values; the table's columns
 * marked data-series are drawn, from each cell's data-value. Drawn again whenever htmx brings fresh
 * figures; the tables a reader opened stay open, and the keyboard focus stays where it was.
 */
(function () {
  'use strict';

  // Dark enough to stand out against white (3:1 at least), and told apart by the legend and the tables.
  const PALETTE = ['#0b5cab', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#4b5563'];
  const drawn = new Map();

  function value(cell) {
    const text = cell ? cell.dataset.value : undefined;
    return text === undefined || text === '' ? null : Number(text);
  }

  function draw(figure) {
    const table = figure.querySelector('table');
    const canvas = figure.querySelector('canvas');
    if (!table || !canvas || typeof Chart === 'undefined') {
      return;
    }
    const headings = Array.from(table.tHead.rows[0].cells).slice(1);
    const series = headings.map((heading, index) => ({ heading, index }))
      .filter(column => column.heading.dataset.series === 'true');
    const rows = Array.from(table.tBodies[0].rows);
    const horizontal = figure.dataset.chart === 'horizontal-bar';
    const stacked = figure.dataset.stacked === 'true';
    const unit = figure.dataset.unit || '';
    const datasets = series.map((column, n) => ({
      label: column.heading.textContent.trim(),
      data: rows.map(row => value(row.cells[column.index + 1])),
      backgroundColor: PALETTE[n % PALETTE.length],
      borderColor: PALETTE[n % PALETTE.length],
      borderWidth: figure.dataset.chart === 'line' ? 2 : 0,
      tension: 0.2
    }));
    if (horizontal) {
      // Each row gets room for its bars, however many there are.
      const perRow = stacked ? 24 : 10 + 14 * datasets.length;
      figure.querySelector('.chart-area').style.height = Math.max(160, rows.length * perRow + 70) + 'px';
    }
    const previous = drawn.get(figure.id);
    if (previous) {
      previous.destroy();
    }
    // Counts are whole: no tick at half a document.
    const whole = datasets.every(dataset => dataset.data.every(v => v === null || Number.isInteger(v)));
    const valueAxis = { beginAtZero: true, stacked, title: { display: true, text: unit }, ticks: whole ? { precision: 0 } : {} };
    // A long label (a type and a stage) is cut short beside the bars; the table and the tooltip keep it whole.
    const labelAxis = {
      stacked,
      ticks: {
        autoSkip: !horizontal,
        callback: function (tick) {
          const label = String(this.getLabelForValue(tick));
          const room = Math.max(14, Math.floor(this.chart.width / 18));
          return label.length > room ? label.slice(0, room - 1) + '…' : label;
        }
      }
    };
    drawn.set(figure.id, new Chart(canvas, {
      type: figure.dataset.chart === 'line' ? 'line' : 'bar',
      data: { labels: rows.map(row => row.cells[0].textContent.trim()), datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        locale: document.documentElement.lang || 'en',
        plugins: {
          legend: { display: datasets.length > 1, position: 'bottom' },
          tooltip: { callbacks: { label: item => item.dataset.label + ': ' + item.formattedValue + ' ' + unit } }
        },
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis }
      }
    }));
  }

  function drawAll(root) {
    if (root) {
      root.querySelectorAll('figure.chart').forEach(draw);
    }
  }

  let opened = [];
  let focusedTable = null;

  document.addEventListener('htmx:beforeSwap', event => {
    const figures = document.getElementById('figures');
    if (!figures || event.detail.target !== figures) {
      return;
    }
    opened = Array.from(figures.querySelectorAll('details[open]')).map(details => details.id);
    const focused = document.activeElement ? document.activeElement.closest('details') : null;
    focusedTable = focused && figures.contains(focused) ? focused.id : null;
    drawn.forEach(chart => chart.destroy());
    drawn.clear();
  });

  document.addEventListener('htmx:afterSettle', () => {
    const figures = document.getElementById('figures');
    opened.forEach(id => {
      const details = document.getElementById(id);
      if (details) {
        details.open = true;
      }
    });
    if (focusedTable && document.getElementById(focusedTable)) {
      document.getElementById(focusedTable).querySelector('summary').focus();
    }
    drawAll(figures);
  });

  document.addEventListener('DOMContentLoaded', () => drawAll(document));
})();
