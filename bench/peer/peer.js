// The peer's six charts, from the dataset's series. `window.chartsPaintedAt` is the time
// (performance.now()) when all six have finished their first paint.
const CHARTS = {
  growth: { type: 'bar', series: ['grdp_growth'] },
  exports: { type: 'bar', series: ['exports'] },
  fdi: { type: 'bar', series: ['fdi_cumulative'] },
  budget: { type: 'bar', series: ['budget_revenue'] },
  ranks: { type: 'line', series: ['pci_rank', 'pgi_rank'], inverse: true },
  pci: { type: 'bar', series: ['pci_score'] },
};

fetch('data/bac-ninh.json')
  .then((response) => response.json())
  .then((dataset) => {
    let waiting = Object.keys(CHARTS).length;
    for (const element of document.querySelectorAll('[data-chart]')) {
      const chart = CHARTS[element.dataset.chart];
      const rows = chart.series.map((key) => dataset.series[key]);
      const periods = [...new Set(rows.flat().map((o) => o.period))].sort();
      const instance = echarts.init(element, null, { renderer: 'canvas' });
      instance.on('finished', function first() {
        instance.off('finished', first);
        waiting -= 1;
        if (waiting === 0) window.chartsPaintedAt = performance.now();
      });
      instance.setOption({
        animation: false,
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, top: 24, bottom: 32 },
        xAxis: { type: 'category', data: periods },
        yAxis: { type: 'value', inverse: Boolean(chart.inverse) },
        series: chart.series.map((key, i) => ({
          name: key,
          type: chart.type,
          data: periods.map((p) => rows[i].find((o) => o.period === p)?.value ?? null),
        })),
      });
      new ResizeObserver(() => instance.resize()).observe(element);
    }
  });
