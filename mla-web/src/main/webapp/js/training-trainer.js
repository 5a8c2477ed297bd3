// Training mode, trainer pages: #/training/trainer (my sessions, a new session from chosen scenarios) and
// #/training/trainer/<session id> (the join code, progress polled every few seconds, results with the missed
// rubric items, CSV and PDF export, reset after confirmation).
import { t } from './i18n.js';
import { el } from './form.js';
import { confirmDialog } from './drafts.js';
import { tapi, trainingPage, errorBox, topicName, contentAttrs, scenarioMeta, when, problemText } from './training-common.js';

const POLL_MS = 4000;
let poller = null;
let justCreated = null;

/** Stops the results polling (when the page is left). */
export function stopPolling() {
  clearTimeout(poller);
  poller = null;
}

export async function renderTrainerHome(main, ctx) {
  trainingPage(main, t('training.trainer.title'), el('p', { class: 'loading' }, t('app.loading')));
  let sessions;
  let scenarios;
  try {
    [sessions, scenarios] = await Promise.all([tapi.sessions(), tapi.scenarios()]);
  } catch (e) {
    trainingPage(main, t('training.trainer.title'), errorBox(e, t('error.load')));
    return;
  }
  // my sessions, newest first
  const list = el('section', { 'aria-labelledby': 'sessions-title' }, el('h2', { id: 'sessions-title' }, t('training.trainer.sessions')));
  if (!sessions.length) {
    list.append(el('p', {}, t('training.trainer.noSessions')));
  } else {
    const body = el('tbody', {});
    [...sessions].sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt))).forEach((s) => body.append(el('tr', { dataset: { id: s.id } },
      el('td', {}, el('a', { href: '#/training/trainer/' + encodeURIComponent(s.id), class: 'session-open' }, s.title)),
      el('td', {}, el('span', { class: 'code-inline' }, s.code)),
      el('td', {}, String(s.scenarioIds.length)),
      el('td', {}, s.createdAt ? el('time', { datetime: s.createdAt }, when(s.createdAt)) : ''))));
    list.append(el('table', { class: 'drafts training-table', id: 'training-sessions' },
      el('caption', { class: 'visually-hidden' }, t('training.trainer.sessions')),
      el('thead', {}, el('tr', {}, ...['training.col.session', 'training.col.code', 'training.col.scenarios', 'training.col.created']
        .map((k) => el('th', { scope: 'col' }, t(k))))), body));
  }

  // a new session
  const title = el('input', { type: 'text', id: 'session-title', maxlength: 200, required: true, autocomplete: 'off' });
  const error = el('div', { id: 'session-error' });
  const rows = el('tbody', {});
  scenarios.forEach((s) => {
    const id = 'scenario-' + s.id;
    rows.append(el('tr', { dataset: { scenario: s.id } },
      el('td', {}, el('div', { class: 'choice' }, el('input', { type: 'checkbox', id, value: s.id, name: 'scenario' }),
        el('label', contentAttrs({ for: id }), s.title))),
      el('td', {}, topicName(s.topic)),
      el('td', {}, t('type.' + s.type)),
      el('td', {}, t('training.level.' + s.level)),
      el('td', {}, t('training.rubricSize', { items: s.rubricItems, points: s.maxScore }))));
  });
  const form = el('form', { id: 'session-form', novalidate: true, 'aria-labelledby': 'new-session-title' },
    el('div', { class: 'field' }, el('label', { for: 'session-title' }, t('training.trainer.sessionTitle')), title),
    el('fieldset', { class: 'choices' }, el('legend', {}, t('training.trainer.chooseScenarios')),
      el('table', { class: 'drafts training-table', id: 'scenario-choice' },
        el('thead', {}, el('tr', {}, ...['training.col.scenario', 'training.col.topic', 'training.col.type', 'training.col.level', 'training.col.rubric']
          .map((k) => el('th', { scope: 'col' }, t(k))))), rows)),
    error,
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'session-create' }, t('training.trainer.create'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll('input[name="scenario"]:checked')].map((b) => b.value);
    error.replaceChildren();
    if (!title.value.trim() || !chosen.length) {
      error.append(el('p', { class: 'notice is-error', role: 'alert' }, !title.value.trim() ? t('training.trainer.needTitle') : t('training.trainer.needScenario')));
      (!title.value.trim() ? title : form.querySelector('input[name="scenario"]')).focus();
      return;
    }
    try {
      const session = await tapi.createSession(title.value.trim(), chosen);
      justCreated = session; // said on the session's page (a route change clears the notice)
      location.hash = '#/training/trainer/' + encodeURIComponent(session.id);
    } catch (e) {
      error.append(errorBox(e, t('error.save')));
    }
  });
  trainingPage(main, t('training.trainer.title'),
    el('p', {}, t('training.trainer.intro')),
    list,
    el('section', { 'aria-labelledby': 'new-session-title' }, el('h2', { id: 'new-session-title' }, t('training.trainer.new')), form));
}

export async function renderTrainerSession(main, ctx, id) {
  stopPolling();
  trainingPage(main, t('training.trainer.title'), el('p', { class: 'loading' }, t('app.loading')));
  let session;
  let scenarios;
  try {
    [session, scenarios] = await Promise.all([tapi.session(id), tapi.scenarios()]);
  } catch (e) {
    trainingPage(main, t('training.trainer.title'), errorBox(e, t('error.load')),
      el('p', {}, el('a', { href: '#/training/trainer' }, t('training.trainer.back'))));
    return;
  }
  if (justCreated && justCreated.id === session.id) {
    ctx.notify(t('training.trainer.created', { code: session.code }));
  }
  justCreated = null;
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const joinUrl = location.origin + location.pathname + '#/training/join';

  const codeBox = el('section', { class: 'join-code-box', 'aria-labelledby': 'join-code-label' },
    el('p', { id: 'join-code-label', class: 'join-code-label' }, t('training.trainer.joinCode')),
    el('p', { class: 'join-code', id: 'join-code' }, session.code),
    el('p', {}, t('training.trainer.joinHow'), ' ', el('a', { href: '#/training/join', class: 'join-url' }, joinUrl)));

  const included = el('ul', { class: 'scenario-list', id: 'session-scenarios' }, ...session.scenarioIds.map((sid) => {
    const s = byId.get(sid);
    return el('li', {}, el('a', contentAttrs({ href: '#/training/scenario/' + encodeURIComponent(sid) }), s ? s.title : sid),
      s ? el('span', { class: 'help' }, ' — ' + scenarioMeta(s, ctx.states)) : '');
  }));

  const progress = el('p', { id: 'training-progress', class: 'training-progress', role: 'status' });
  const updated = el('p', { id: 'training-updated', class: 'help' });
  const auto = el('input', { type: 'checkbox', id: 'training-auto', checked: true });
  const table = el('div', { id: 'training-results' }, el('p', { class: 'loading' }, t('app.loading')));
  const csv = el('a', { class: 'button', id: 'training-csv', href: tapi.csvUrl(session.id), download: 'training-results-' + session.code + '.csv' }, t('training.trainer.csv'));
  const pdf = el('a', { class: 'button', id: 'training-pdf', href: tapi.pdfUrl(session.id), download: 'training-results-' + session.code + '.pdf', type: 'application/pdf' }, t('training.trainer.pdf'));
  const reset = el('button', { type: 'button', class: 'danger', id: 'training-reset' }, t('training.trainer.reset'));
  const refresh = el('button', { type: 'button', id: 'training-refresh' }, t('training.trainer.refresh'));

  trainingPage(main, session.title,
    codeBox,
    el('h2', {}, t('training.trainer.included')),
    included,
    el('h2', { id: 'results-title' }, t('training.trainer.results')),
    el('div', { class: 'actions' }, refresh,
      el('div', { class: 'field is-checkbox' }, auto, el('label', { for: 'training-auto' }, t('training.trainer.auto')))),
    progress, updated, table,
    el('div', { class: 'actions' }, csv, pdf, reset),
    el('p', {}, el('a', { href: '#/training/trainer' }, t('training.trainer.back'))));

  let lastProgress = '';
  const hash = location.hash;
  const load = async () => {
    let rows;
    try {
      rows = await tapi.results(session.id);
    } catch (e) {
      table.replaceChildren(errorBox(e, t('error.load')));
      return;
    }
    if (location.hash !== hash) {
      return;
    }
    const started = rows.length;
    const submitted = rows.filter((r) => r.submitted).length;
    const trainees = new Set(rows.map((r) => r.trainee)).size;
    const text = t('training.trainer.progress', { trainees, started, submitted });
    if (text !== lastProgress) {
      progress.textContent = text; // a live region: speaks only when something changed
      lastProgress = text;
    }
    updated.textContent = t('training.trainer.updated', { time: new Intl.DateTimeFormat(document.documentElement.lang, { timeStyle: 'medium' }).format(new Date()) });
    table.replaceChildren(resultsTable(rows, byId));
  };
  const schedule = () => {
    stopPolling();
    if (auto.checked && location.hash === hash) {
      poller = setTimeout(async () => { await load(); schedule(); }, POLL_MS);
    }
  };
  auto.addEventListener('change', schedule);
  refresh.addEventListener('click', load);
  reset.addEventListener('click', async () => {
    if (!(await confirmDialog(t('training.trainer.confirmReset', { title: session.title })))) {
      reset.focus();
      return;
    }
    try {
      const r = await tapi.reset(session.id);
      ctx.notify(t('training.trainer.resetDone', { n: r.removedExercises }));
      await load();
    } catch (e) {
      ctx.notify(t('error.save') + ' ' + problemText(e), true);
    }
    reset.focus();
  });
  await load();
  schedule();
}

function resultsTable(rows, byId) {
  if (!rows.length) {
    return el('p', { id: 'training-no-results' }, t('training.trainer.noResults'));
  }
  const body = el('tbody', {});
  [...rows].sort((a, b) => a.trainee.localeCompare(b.trainee) || a.scenarioId.localeCompare(b.scenarioId)).forEach((r) => {
    const s = byId.get(r.scenarioId);
    const missed = r.missedItems || [];
    body.append(el('tr', { class: 'result-row', dataset: { trainee: r.trainee, scenario: r.scenarioId, submitted: String(r.submitted) } },
      el('th', { scope: 'row' }, r.trainee),
      el('td', contentAttrs(), s ? s.title : r.scenarioTitle),
      el('td', {}, el('span', { class: 'status ' + (r.submitted ? 'status-verified' : 'status-unconfirmed') },
        r.submitted ? t('training.status.submitted') : t('training.status.started')),
      r.submittedAt ? el('p', { class: 'help' }, el('time', { datetime: r.submittedAt }, when(r.submittedAt))) : ''),
      el('td', { class: 'result-score' }, r.submitted ? t('training.score', { score: r.score, max: r.maxScore, percent: r.percent }) : '—'),
      el('td', { class: 'result-missed' }, !r.submitted ? '—' : missed.length
        ? el('ul', contentAttrs({ class: 'missed-items' }), ...missed.map((m) => el('li', { dataset: { item: m.id } },
          el('strong', {}, m.id + ' '), m.description + ' ', el('span', { class: 'help' }, t('training.points', { n: m.points })))))
        : t('training.trainer.allMet'))));
  });
  return el('table', { class: 'drafts training-table', id: 'results-table' },
    el('caption', { class: 'visually-hidden' }, t('training.trainer.results')),
    el('thead', {}, el('tr', {}, ...['training.col.trainee', 'training.col.scenario', 'training.col.status', 'training.col.score', 'training.col.missed']
      .map((k) => el('th', { scope: 'col' }, t(k))))), body);
}
