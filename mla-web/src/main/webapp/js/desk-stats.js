// The register's statistics (#/desk/statistics): totals, then counts and median handling days by State, by type
// and by status, each as a table and as a bar chart. The charts are SVG elements made with DOM calls (no markup
// strings, no inline styles: colours come from css/desk.css) and carry a text alternative; the table beside each
// chart holds the same figures.
import { t, language } from './i18n.js';
import { el } from './form.js';
import { desk, DIRECTIONS } from './desk-api.js';
import { stateLabel, selectField } from './desk-ui.js';

const SVG = 'http://www.w3.org/2000/svg';
let chartCount = 0;

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v !== undefined && v !== null) {
      node.setAttribute(k, String(v));
    }
  });
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

export async function renderDeskStatistics(main, ctx) {
  const filters = ctx.deskStatsFilters || (ctx.deskStatsFilters = { direction: '' });
  const direction = selectField('desk-stats-direction', t('desk.col.direction'), DIRECTIONS.map((d) => [d, t('desk.direction.' + d)]),
    filters.direction, t('desk.filter.any'));
  const statsCsv = el('a', { class: 'button', id: 'desk-statistics-csv', download: 'register-statistics.csv' }, t('desk.stats.csv'));
  const registerCsv = el('a', { class: 'button', id: 'desk-stats-register-csv', download: 'register.csv' }, t('desk.registerCsv'));
  const holder = el('div', { id: 'desk-stats' }, el('p', { class: 'loading' }, t('app.loading')));
  main.replaceChildren(
    el('p', {}, el('a', { href: '#/desk', id: 'desk-back' }, t('desk.back'))),
    el('h1', {}, t('desk.stats.title')),
    el('p', { class: 'help' }, t('desk.stats.help')),
    el('form', { class: 'desk-filters', 'aria-label': t('desk.filters') }, direction.field),
    el('p', { class: 'actions' }, statsCsv, registerCsv),
    holder);

  const load = async () => {
    filters.direction = direction.select.value;
    statsCsv.href = desk.statisticsCsvUrl(filters);
    registerCsv.href = desk.registerCsvUrl(filters);
    let s;
    try {
      s = await desk.statistics(filters);
    } catch (e) {
      holder.replaceChildren(el('p', { class: 'notice is-error' }, t('error.load') + ' ' + e.message));
      return;
    }
    const days = (v) => (v === null || v === undefined ? t('desk.stats.noMedian') : format(v));
    holder.replaceChildren(
      el('dl', { class: 'desk-totals', id: 'desk-totals' },
        el('div', {}, el('dt', {}, t('desk.stats.total')), el('dd', { id: 'desk-total' }, String(s.total))),
        el('div', {}, el('dt', {}, t('desk.stats.open')), el('dd', { id: 'desk-open' }, String(s.open))),
        el('div', {}, el('dt', {}, t('desk.stats.closed')), el('dd', { id: 'desk-closed' }, String(s.closed))),
        el('div', {}, el('dt', {}, t('desk.stats.median')), el('dd', { id: 'desk-median' }, days(s.medianHandlingDays)))),
      group('state', t('desk.stats.byState'), s.byState, (k) => (k === 'unknown' ? t('desk.unknown') : stateLabel(ctx, k) + ' (' + k + ')')),
      group('type', t('desk.stats.byType'), s.byType, (k) => (k === 'unknown' ? t('desk.unknown') : t('type.' + k))),
      group('status', t('desk.stats.byStatus'), s.byStatus, (k) => t('desk.status.' + k)));
  };
  direction.select.addEventListener('change', load);
  await load();
}

function format(n) {
  return new Intl.NumberFormat(language(), { maximumFractionDigits: 1 }).format(n);
}

function group(name, title, groups, label) {
  const id = 'desk-stats-' + name;
  const section = el('section', { class: 'desk-card desk-stats-group', id, 'aria-labelledby': id + '-title' },
    el('h2', { id: id + '-title' }, title));
  if (!groups || !groups.length) {
    section.append(el('p', {}, t('desk.stats.empty')));
    return section;
  }
  const rows = groups.map((g) => ({ ...g, label: label(g.key) }));
  const body = el('tbody', {});
  rows.forEach((g) => body.append(el('tr', { dataset: { key: g.key } },
    el('th', { scope: 'row' }, g.label),
    el('td', { class: 'num' }, String(g.count)),
    el('td', { class: 'num' }, String(g.closed)),
    el('td', { class: 'num' }, g.medianHandlingDays === null || g.medianHandlingDays === undefined ? '—' : format(g.medianHandlingDays)))));
  const table = el('table', { class: 'drafts desk-stats-table', id: id + '-table' },
    el('caption', {}, t('desk.stats.tableCaption', { what: title })),
    el('thead', {}, el('tr', {}, ...['desk.stats.key', 'desk.stats.count', 'desk.stats.closedCol', 'desk.stats.medianCol']
      .map((k) => el('th', { scope: 'col' }, t(k))))), body);
  const charts = el('div', { class: 'desk-charts' },
    chart(t('desk.stats.countChart', { what: title }), rows.map((g) => [g.label, g.count]), (v) => String(v), 'count'));
  const medians = rows.filter((g) => g.medianHandlingDays !== null && g.medianHandlingDays !== undefined);
  if (medians.length) {
    charts.append(chart(t('desk.stats.medianChart', { what: title }), medians.map((g) => [g.label, g.medianHandlingDays]),
      (v) => format(v), 'median'));
  }
  section.append(charts, el('div', { class: 'desk-table-wrap' }, table));
  return section;
}

/**
 * A horizontal bar chart: one bar a row, the label on the reading side, the value after the bar. The SVG is drawn
 * left to right and mirrored by coordinates for right-to-left languages; role="img" with a title and a description
 * that reads every figure.
 */
function chart(title, data, show, kind) {
  const n = ++chartCount;
  const rtl = document.documentElement.dir === 'rtl';
  const width = 640;
  const labelWidth = 220;
  const valueWidth = 90;
  const row = 28;
  const barMax = width - labelWidth - valueWidth;
  const height = data.length * row + 8;
  const max = Math.max(1, ...data.map(([, v]) => v));
  const titleId = 'desk-chart-' + n + '-title';
  const descId = 'desk-chart-' + n + '-desc';
  const description = data.map(([k, v]) => k + ': ' + show(v)).join('; ');
  const root = svg('svg', {
    viewBox: '0 0 ' + width + ' ' + height, width, height, role: 'img', 'aria-labelledby': titleId + ' ' + descId,
    class: 'desk-chart desk-chart-' + kind, direction: 'ltr', preserveAspectRatio: 'xMinYMin meet',
  });
  root.append(svg('title', { id: titleId }, title), svg('desc', { id: descId }, description));
  data.forEach(([label, value], i) => {
    const y = 4 + i * row;
    const length = Math.max(value > 0 ? 2 : 0, Math.round((value / max) * barMax));
    const short = label.length > 30 ? label.slice(0, 29) + '…' : label;
    const g = svg('g', { class: 'bar-row', 'aria-hidden': 'true' });
    if (rtl) {
      g.append(
        svg('text', { x: width - 8, y: y + row / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'bar-label' }, short),
        svg('rect', { x: width - labelWidth - length, y: y + 4, width: length, height: row - 10, rx: 2, class: 'bar' }),
        svg('text', { x: width - labelWidth - length - 6, y: y + row / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'bar-value' }, show(value)));
    } else {
      g.append(
        svg('text', { x: 8, y: y + row / 2, 'text-anchor': 'start', 'dominant-baseline': 'middle', class: 'bar-label' }, short),
        svg('rect', { x: labelWidth, y: y + 4, width: length, height: row - 10, rx: 2, class: 'bar' }),
        svg('text', { x: labelWidth + length + 6, y: y + row / 2, 'text-anchor': 'start', 'dominant-baseline': 'middle', class: 'bar-value' }, show(value)));
    }
    g.firstChild.append(svg('title', {}, label));
    root.append(g);
  });
  return el('figure', { class: 'desk-figure' }, root, el('figcaption', {}, title));
}
