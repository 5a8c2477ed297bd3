// The drafts list: every stored request (paged from /api/requests), searchable by title or State; open,
// duplicate (POST a copy) and delete (DELETE with If-Match, after confirmation).
import { api } from './api.js';
import { t, stateName, language } from './i18n.js';
import { arrow, el } from './form.js';
import { localCopy, dropLocalCopy } from './draft.js';

const PAGE = 20;

/** The API's timestamps are UTC without a zone (LocalDateTime); show them in the reader's time zone. */
function when(timestamp, format) {
  const date = new Date(/([zZ]|[+-]\d\d:?\d\d)$/.test(timestamp) ? timestamp : timestamp + 'Z');
  return Number.isNaN(date.getTime()) ? timestamp : format.format(date);
}

export function confirmDialog(text) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-text').textContent = text;
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.returnValue = 'cancel';
    dialog.showModal();
    document.getElementById('confirm-cancel').focus();
  });
}

async function loadAll() {
  const items = [];
  let page = 0;
  let total = Infinity;
  while (items.length < total && page < 20) {
    const p = await api.list(page, 100);
    items.push(...p.items);
    total = p.total;
    if (!p.items.length) {
      break;
    }
    page++;
  }
  return items;
}

export async function renderDrafts(main, ctx) {
  const search = el('input', { type: 'search', id: 'drafts-search', autocomplete: 'off' });
  search.value = ctx.draftsQuery || '';
  const tableHolder = el('div', { id: 'drafts-table' }, el('p', { class: 'loading' }, t('app.loading')));
  const summary = el('p', { id: 'drafts-summary', role: 'status' });
  main.replaceChildren(
    el('h1', {}, t('drafts.title')),
    el('p', { class: 'actions' }, el('a', { class: 'button primary', href: '#/new', id: 'drafts-new' }, t('nav.new'))),
    el('div', { class: 'search' }, el('div', { class: 'field' }, el('label', { for: 'drafts-search' }, t('drafts.search')), search)),
    summary, tableHolder);
  let items = [];
  try {
    items = await loadAll();
  } catch (e) {
    tableHolder.replaceChildren(el('p', { class: 'notice is-error' }, t('error.load') + ' ' + e.message));
    return;
  }
  const byCode = new Map(ctx.states.map((s) => [s.code, s]));
  const name = (code) => (byCode.has(code) ? stateName(byCode.get(code)) : code || '');
  let page = 0;
  const show = () => {
    const needle = search.value.trim().toLowerCase();
    ctx.draftsQuery = search.value;
    const matching = items.filter((d) => !needle || [d.title, d.requestingState, d.requestedState, name(d.requestingState), name(d.requestedState)]
      .some((v) => (v || '').toLowerCase().includes(needle)));
    const pages = Math.max(1, Math.ceil(matching.length / PAGE));
    page = Math.min(page, pages - 1);
    summary.textContent = t('drafts.count', { n: matching.length });
    if (!matching.length) {
      tableHolder.replaceChildren(el('p', {}, items.length ? t('drafts.noMatch') : t('drafts.none')));
      return;
    }
    const dateFormat = new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' });
    const body = el('tbody', {});
    matching.slice(page * PAGE, page * PAGE + PAGE).forEach((d) => {
      const title = d.title || t('drafts.untitled');
      const unsent = localCopy(d.id);
      body.append(el('tr', { dataset: { id: d.id } },
        el('td', {}, el('a', { href: '#/draft/' + encodeURIComponent(d.id) + '/parties', class: 'draft-open' }, title),
          unsent && unsent.dirty ? el('p', { class: 'help' }, t('drafts.unsent')) : ''),
        el('td', {}, t('type.' + d.type)),
        el('td', {}, name(d.requestingState) + arrow() + name(d.requestedState)),
        el('td', {}, d.updated ? el('time', { datetime: d.updated }, when(d.updated, dateFormat)) : ''),
        el('td', { class: 'row-actions' },
          el('button', { type: 'button', class: 'draft-duplicate', 'aria-label': t('drafts.duplicateLabel', { title }), onclick: () => duplicate(d) }, t('drafts.duplicate')),
          el('button', { type: 'button', class: 'danger draft-delete', 'aria-label': t('drafts.deleteLabel', { title }), onclick: () => remove(d, title) }, t('drafts.delete')))));
    });
    const table = el('table', { class: 'drafts' },
      el('caption', { class: 'visually-hidden' }, t('drafts.title')),
      el('thead', {}, el('tr', {}, ...['drafts.col.title', 'drafts.col.type', 'drafts.col.states', 'drafts.col.updated', 'drafts.col.actions']
        .map((k) => el('th', { scope: 'col' }, t(k))))), body);
    const pager = el('nav', { class: 'pager', 'aria-label': t('drafts.pages') },
      el('button', { type: 'button', disabled: page === 0, onclick: () => { page--; show(); } }, t('drafts.previous')),
      el('span', {}, t('drafts.page', { page: page + 1, pages })),
      el('button', { type: 'button', disabled: page >= pages - 1, onclick: () => { page++; show(); } }, t('drafts.next')));
    tableHolder.replaceChildren(table, pages > 1 ? pager : '');
  };
  search.addEventListener('input', () => { page = 0; show(); });
  show();

  async function duplicate(d) {
    try {
      const source = await api.get(d.id);
      const copy = structuredClone(source.body.document);
      copy.title = t('drafts.copyOf', { title: copy.title || t('drafts.untitled') }).slice(0, 200);
      const created = await api.create(copy);
      ctx.notify(t('drafts.duplicated'));
      location.hash = '#/draft/' + encodeURIComponent(created.body.id) + '/parties';
    } catch (e) {
      ctx.notify(t('error.save') + ' ' + e.message, true);
    }
  }

  async function remove(d, title) {
    if (!(await confirmDialog(t('drafts.confirmDelete', { title })))) {
      return;
    }
    try {
      await api.remove(d.id, '"' + d.version + '"');
      dropLocalCopy(d.id);
      items = items.filter((x) => x.id !== d.id);
      ctx.notify(t('drafts.deleted', { title }));
      show();
      search.focus();
    } catch (e) {
      ctx.notify((e.status === 412 ? t('drafts.changedElsewhere') : t('error.save')) + ' ' + e.message, true);
    }
  }
}
