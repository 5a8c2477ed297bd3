// The central authority's desk: routes #/desk (the register), #/desk/<id> (an entry), #/desk/statistics.
// The register lists the officer's State's requests with filters and overdue deadlines, and takes new ones in:
// a PDF made by the suite or a request document (JSON) imported as a file, or a paper request entered by hand
// with its scan.
import { t, stateName, language } from './i18n.js';
import { el, arrow } from './form.js';
import { desk, whoAmI, session, isOfficer, STATUSES, TYPES, DIRECTIONS, day, base64Of } from './desk-api.js';
import { stateLabel, selectField, inputField, statusBadge } from './desk-ui.js';
import { renderDeskEntry } from './desk-entry.js';
import { renderDeskStatistics } from './desk-stats.js';

let account = null;

/** Shows the Desk link in the header to officers only (GET /api/session, without opening the sign-in dialog). */
export async function updateDeskNav() {
  const item = document.getElementById('nav-desk-item');
  if (!item) {
    return;
  }
  if (!isOfficer(account)) {
    account = await whoAmI();
  }
  item.hidden = !isOfficer(account);
}

export async function renderDesk(main, ctx, parts) {
  document.getElementById('nav-desk').setAttribute('aria-current', 'page');
  if (!isOfficer(account)) {
    try {
      account = await session(); // signs in when needed
    } catch (e) {
      main.replaceChildren(el('h1', {}, t('desk.title')), el('p', { class: 'notice is-error' }, t('error.load') + ' ' + e.message));
      return;
    }
    updateDeskNav();
  }
  if (!isOfficer(account)) {
    main.replaceChildren(el('h1', {}, t('desk.title')), el('p', { class: 'notice is-error', id: 'desk-not-officer' }, t('desk.notOfficer')));
    return;
  }
  ctx.officer = account;
  if (ctx.deskNotice) {
    ctx.notify(ctx.deskNotice); // said after the route change that cleared the notice
    ctx.deskNotice = null;
  }
  if (parts[0] === 'statistics') {
    await renderDeskStatistics(main, ctx);
  } else if (parts[0]) {
    await renderDeskEntry(main, ctx, parts[0]);
  } else {
    await renderRegister(main, ctx);
  }
}

async function renderRegister(main, ctx) {
  const filters = ctx.deskFilters || (ctx.deskFilters = { status: '', state: '', type: '', direction: '' });
  const any = t('desk.filter.any');
  const status = selectField('desk-filter-status', t('desk.col.status'), STATUSES.map((s) => [s, t('desk.status.' + s)]), filters.status, any);
  const state = selectField('desk-filter-state', t('desk.filter.state'), (ctx.states || []).map((s) => [s.code, stateName(s) + ' (' + s.code + ')']), filters.state, any);
  const type = selectField('desk-filter-type', t('desk.col.type'), TYPES.map((s) => [s, t('type.' + s)]), filters.type, any);
  const direction = selectField('desk-filter-direction', t('desk.col.direction'), DIRECTIONS.map((s) => [s, t('desk.direction.' + s)]), filters.direction, any);
  const csv = el('a', { id: 'desk-register-csv', class: 'button', href: desk.registerCsvUrl(filters), download: 'register.csv' }, t('desk.registerCsv'));
  const summary = el('p', { id: 'desk-summary', role: 'status' });
  const holder = el('div', { id: 'desk-register' }, el('p', { class: 'loading' }, t('app.loading')));
  const form = el('form', { class: 'desk-filters', id: 'desk-filters', 'aria-labelledby': 'desk-filters-title' },
    el('h2', { id: 'desk-filters-title', class: 'visually-hidden' }, t('desk.filters')),
    status.field, state.field, type.field, direction.field);
  form.addEventListener('submit', (e) => e.preventDefault());
  main.replaceChildren(
    el('h1', {}, t('desk.title')),
    el('p', { class: 'help' }, t('desk.intro', { state: stateLabel(ctx, ctx.officer.stateCode) })),
    el('p', { class: 'actions' },
      el('a', { class: 'button', href: '#/desk/statistics', id: 'desk-statistics-link' }, t('desk.statistics')), csv),
    form, summary, holder, intake(ctx));

  const load = async () => {
    Object.assign(filters, { status: status.select.value, state: state.select.value, type: type.select.value, direction: direction.select.value });
    csv.href = desk.registerCsvUrl(filters);
    let items;
    try {
      items = await desk.list(filters);
    } catch (e) {
      holder.replaceChildren(el('p', { class: 'notice is-error' }, t('error.load') + ' ' + e.message));
      return;
    }
    const overdue = items.filter((i) => (i.overdue || []).length).length;
    summary.textContent = t('desk.count', { n: items.length }) + (overdue ? ' ' + t('desk.countOverdue', { n: overdue }) : '');
    if (!items.length) {
      holder.replaceChildren(el('p', {}, t('desk.none')));
      return;
    }
    holder.replaceChildren(table(ctx, items));
  };
  [status, state, type, direction].forEach((f) => f.select.addEventListener('change', load));
  await load();
}

function table(ctx, items) {
  const lang = language();
  const body = el('tbody', {});
  items.forEach((e) => {
    // a closed request's deadlines are met by its closure
    const open = e.closedOn ? [] : (e.deadlines || []).filter((d) => !d.met).sort((a, b) => a.date.localeCompare(b.date));
    const late = (e.overdue || []).length > 0;
    const deadlines = el('td', { class: 'desk-deadlines' });
    if (late) {
      deadlines.append(el('strong', { class: 'desk-overdue' }, t('desk.overdue', { n: e.overdue.length })), ' ');
    }
    if (open.length) {
      deadlines.append(el('span', {}, t('desk.deadline.kind.' + open[0].kind) + ': ', el('time', { datetime: open[0].date }, day(open[0].date, lang))));
    }
    const name = e.registerNumber || e.id;
    body.append(el('tr', { class: late ? 'is-overdue' : undefined, dataset: { id: e.id, status: e.status } },
      el('th', { scope: 'row' }, el('a', { href: '#/desk/' + encodeURIComponent(e.id), class: 'desk-open' }, name)),
      el('td', {}, el('time', { datetime: e.receivedOn }, day(e.receivedOn, lang))),
      el('td', {}, t('desk.direction.' + e.direction)),
      el('td', {}, stateLabel(ctx, e.requestingState) + arrow() + stateLabel(ctx, e.requestedState)),
      el('td', {}, e.type ? t('type.' + e.type) : ''),
      el('td', {}, e.subject || e.theirReference || ''),
      el('td', {}, statusBadge(e.status)),
      deadlines,
      el('td', {}, e.assignee || '')));
  });
  return el('div', { class: 'desk-table-wrap' }, el('table', { class: 'drafts desk-register' },
    el('caption', { class: 'visually-hidden' }, t('desk.title')),
    el('thead', {}, el('tr', {}, ...['desk.col.number', 'desk.col.received', 'desk.col.direction', 'desk.col.states', 'desk.col.type',
      'desk.col.subject', 'desk.col.status', 'desk.col.deadlines', 'desk.col.assignee'].map((k) => el('th', { scope: 'col' }, t(k))))),
    body));
}

/** The two ways in: a file (suite PDF or request JSON), or a paper request entered by hand with its scan. */
function intake(ctx) {
  const message = el('p', { id: 'desk-import-status', role: 'status', class: 'desk-message' });
  const file = el('input', { type: 'file', id: 'desk-import-file', accept: '.pdf,.json,application/pdf,application/json', 'aria-describedby': 'desk-import-help' });
  const importForm = el('form', { id: 'desk-import', class: 'desk-card', 'aria-labelledby': 'desk-import-title' },
    el('h3', { id: 'desk-import-title' }, t('desk.import.title')),
    el('p', { class: 'help', id: 'desk-import-help' }, t('desk.import.help')),
    el('div', { class: 'field' }, el('label', { for: 'desk-import-file' }, t('desk.import.file')), file),
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'desk-import-submit' }, t('desk.import.submit'))),
    message);
  importForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      message.textContent = t('desk.import.choose');
      file.focus();
      return;
    }
    message.textContent = t('desk.import.sending');
    try {
      const isJson = /\.json$/i.test(chosen.name) || chosen.type === 'application/json';
      const created = isJson ? await desk.importJson(await chosen.text()) : await desk.importPdf(chosen, chosen.name);
      ctx.deskNotice = t('desk.import.done', { number: created.body.registerNumber || created.body.id });
      location.hash = '#/desk/' + encodeURIComponent(created.body.id);
    } catch (e) {
      message.textContent = t('desk.import.failed') + ' ' + e.message;
      message.classList.add('is-error');
    }
  });
  return el('section', { class: 'desk-intake', 'aria-labelledby': 'desk-intake-title' },
    el('h2', { id: 'desk-intake-title' }, t('desk.intake.title')), importForm, manualForm(ctx));
}

function manualForm(ctx) {
  const states = (ctx.states || []).map((s) => [s.code, stateName(s) + ' (' + s.code + ')']);
  const received = inputField('desk-manual-received', t('desk.manual.received'), { type: 'date', required: true, max: new Date().toISOString().slice(0, 10) });
  received.input.value = new Date().toISOString().slice(0, 10);
  const requesting = selectField('desk-manual-requesting', t('desk.manual.requesting'), states, '', t('form.choose'));
  requesting.select.required = true;
  const requested = selectField('desk-manual-requested', t('desk.manual.requested'), states, ctx.officer.stateCode);
  const type = selectField('desk-manual-type', t('desk.col.type'), TYPES.map((s) => [s, t('type.' + s)]), 'mla');
  const reference = inputField('desk-manual-reference', t('desk.manual.reference'), { type: 'text', maxlength: 200 });
  const subject = inputField('desk-manual-subject', t('desk.manual.subject'), { type: 'text', maxlength: 300 });
  const scan = inputField('desk-manual-scan', t('desk.manual.scan'), { type: 'file', accept: 'application/pdf,image/*' }, t('desk.manual.scanHelp'));
  const message = el('p', { id: 'desk-manual-status', role: 'status', class: 'desk-message' });
  const form = el('form', { id: 'desk-manual', class: 'desk-card', 'aria-labelledby': 'desk-manual-title' },
    el('h3', { id: 'desk-manual-title' }, t('desk.manual.title')),
    el('p', { class: 'help' }, t('desk.manual.help')),
    el('div', { class: 'grid-2' }, received.field, type.field, requesting.field, requested.field, reference.field, subject.field),
    scan.field,
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'desk-manual-submit' }, t('desk.manual.submit'))),
    message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!form.reportValidity()) {
      return;
    }
    message.classList.remove('is-error');
    message.textContent = t('desk.import.sending');
    try {
      const intakeBody = {
        receivedOn: received.input.value, requestingState: requesting.select.value, requestedState: requested.select.value,
        type: type.select.value, theirReference: reference.input.value.trim() || undefined, subject: subject.input.value.trim() || undefined,
      };
      const f = scan.input.files[0];
      const scanBody = f ? { name: f.name, mediaType: f.type || 'application/octet-stream', content: await base64Of(f) } : undefined;
      const created = await desk.registerManual(intakeBody, scanBody);
      ctx.deskNotice = t('desk.import.done', { number: created.body.registerNumber || created.body.id });
      location.hash = '#/desk/' + encodeURIComponent(created.body.id);
    } catch (e) {
      const errors = (e.problem && e.problem.errors) || [];
      message.textContent = t('desk.manual.failed') + ' ' + (errors.length ? errors.map((x) => x.message).join(' ') : e.message);
      message.classList.add('is-error');
    }
  });
  return form;
}
