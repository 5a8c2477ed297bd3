// The guided steps of one draft: Convention help per step, the data-driven form, live findings, autosave,
// and on the last step the PDF preview and download.
import { api, request } from './api.js';
import { t, has, stateName, OUTPUT_LANGUAGES } from './i18n.js';
import { arrow, el, renderFields, idOf, languageName } from './form.js';
import { steps, stepOf, requirementsType } from './fields.js';
import { Draft } from './draft.js';
import * as findings from './findings.js';

let open = null; // { draft, shared: instrument ids both States are bound by, key }

export function currentDraft() {
  return open && open.draft;
}
window.mlaDraft = () => (open ? open.draft.document : null);

export function closeEditor() {
  if (open) {
    open.draft.close();
    open = null;
  }
  findings.cancelChecks();
}

export async function renderEditor(main, ctx, id, stepId, focusPath) {
  if (!open || open.draft.id !== id) {
    closeEditor();
    main.replaceChildren(el('p', { class: 'loading' }, t('app.loading')));
    let draft;
    try {
      draft = await Draft.open(id, {
        onSaveState: (state, detail) => showSaveState(state, detail, ctx),
        onReplaced: () => { ctx.notify(t('save.conflict'), true); renderEditor(main, ctx, id, currentStep()); },
      });
    } catch (e) {
      main.replaceChildren(el('h1', {}, t('error.title')), el('p', {}, e.status === 404 ? t('error.notFound') : t('error.load') + ' ' + e.message),
        el('p', {}, el('a', { href: '#/drafts' }, t('nav.drafts'))));
      return;
    }
    open = { draft, shared: null };
    if (draft.restored === 'restored' || draft.restored === 'offline') {
      ctx.notify(t('save.restored'));
    } else if (draft.restored === 'stale-local') {
      ctx.notify(t('save.staleLocal'), true);
    }
    loadShared(open);
  }
  const draft = open.draft;
  const doc = draft.document;
  const all = steps(doc.type);
  const step = all.find((s) => s.id === stepId) || all[0];
  open.step = step.id;
  const base = '#/draft/' + encodeURIComponent(id) + '/';

  const nav = el('nav', { class: 'steps', 'aria-label': t('steps.label') });
  const ol = el('ol', {});
  all.forEach((s, i) => ol.append(el('li', {}, el('a', { href: base + s.id, id: 'step-' + s.id, 'aria-current': s.id === step.id ? 'step' : undefined },
    (i + 1) + '. ' + t('step.' + s.id)))));
  nav.append(ol);

  const form = el('form', { id: 'draft-form', novalidate: true, 'aria-labelledby': 'step-title' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const helpKey = has('stephelp.' + step.id + '.' + doc.type) ? 'stephelp.' + step.id + '.' + doc.type : 'stephelp.' + step.id;
  const stepHelp = el('div', { class: 'step-help', id: 'step-help' });
  t(helpKey).split('\n').forEach((line) => stepHelp.append(el('p', {}, line)));

  const fieldsCtx = {
    draft, states: ctx.states, instruments: ctx.instruments, sharedInstruments: open.shared,
    rerender: (focusId) => { renderEditor(main, ctx, id, step.id, null).then(() => focusById(focusId)); },
  };
  renderFields(form, step.fields, fieldsCtx);
  if (step.id === 'review') {
    renderReview(form, draft, ctx);
  }

  const index = all.indexOf(step);
  const pager = el('div', { class: 'actions' },
    index > 0 ? el('a', { class: 'button', href: base + all[index - 1].id, id: 'step-previous' }, t('steps.previous')) : '',
    index < all.length - 1 ? el('a', { class: 'button primary', href: base + all[index + 1].id, id: 'step-next' }, t('steps.next')) : '');

  const from = ctx.states.find((s) => s.code === doc.requestingState);
  const to = ctx.states.find((s) => s.code === doc.requestedState);
  main.replaceChildren(
    el('h1', { id: 'draft-title' }, doc.title || t('type.' + doc.type)),
    el('div', { class: 'draft-head' },
      el('p', {}, t('type.' + doc.type) + ' · ' + stateName(from) + arrow() + stateName(to)),
      el('p', { class: 'save-state', id: 'save-state' }, saveText(draft))),
    nav,
    el('h2', { id: 'step-title' }, t('step.' + step.id)),
    stepHelp,
    form,
    pager);
  form.setAttribute('aria-describedby', 'step-help');
  document.getElementById('findings').hidden = false;
  document.querySelector('.layout').classList.add('with-findings');
  findings.render();
  if (!findings.currentReport()) {
    findings.scheduleCheck(draft.document, 0);
  }
  if (focusPath) {
    focusField(focusPath);
  }
}

function currentStep() {
  return open ? open.step : 'parties';
}

async function loadShared(state) {
  const doc = state.draft.document;
  try {
    const basis = await api.legalBasis(doc.requestingState, doc.requestedState, requirementsType(doc.type));
    state.shared = (basis.instruments || []).map((i) => i.id);
  } catch (e) {
    state.shared = [];
  }
  if (state.step === 'basis' && open === state) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
}

function focusById(id) {
  const node = id && document.getElementById(id);
  if (node) {
    node.focus();
  }
}

/** Focus and scroll to the field a finding names (the nearest enclosing element when the field is a list or group). */
export function focusField(path) {
  const target = findings.targetOf(path);
  if (!target) {
    return false;
  }
  const focusable = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea, button');
  target.scrollIntoView({ block: 'center' });
  if (focusable) {
    focusable.focus({ preventScroll: true });
  }
  return true;
}

/** From a finding: go to the step that holds the field, then focus it. */
export function goToField(path) {
  if (!open) {
    return;
  }
  const step = stepOf(open.draft.document.type, path);
  if (step === open.step && focusField(path)) {
    return;
  }
  const hash = '#/draft/' + encodeURIComponent(open.draft.id) + '/' + step;
  open.pendingFocus = path;
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

export function takePendingFocus() {
  if (!open || !open.pendingFocus) {
    return null;
  }
  const path = open.pendingFocus;
  open.pendingFocus = null;
  return path;
}

function saveText(draft) {
  return draft.dirty ? t('save.unsent') : t('save.saved');
}

function showSaveState(state, detail, ctx) {
  const node = document.getElementById('save-state');
  if (state === 'unsent' && open) {
    findings.scheduleCheck(open.draft.document);
  }
  if (!node) {
    return;
  }
  const text = { saving: t('save.saving'), saved: t('save.saved'), unsent: t('save.unsent'), conflict: t('save.saved'),
    invalid: t('save.invalid'), error: t('save.error') }[state];
  node.textContent = text || '';
  node.dataset.state = state;
  if (state === 'error') {
    ctx.notify(t('save.error'), true);
  }
}

function renderReview(form, draft, ctx) {
  const doc = draft.document;
  const lang = doc.language && OUTPUT_LANGUAGES.includes(doc.language) ? doc.language : 'en';
  const frame = el('iframe', { class: 'preview', id: 'pdf-preview', title: t('review.previewTitle'), hidden: true });
  const failure = el('div', { class: 'notice is-error', id: 'pdf-error', role: 'alert', hidden: true });
  const download = el('a', { class: 'button', id: 'pdf-download', download: 'request-' + draft.id + '.pdf', href: api.pdfUrl(draft.id, lang) }, t('review.download'));
  const refresh = el('button', { type: 'button', class: 'primary', id: 'pdf-refresh' }, t('review.refresh'));
  const note = el('p', { class: 'help', id: 'review-note' }, t('review.languageNote', { lang: languageName(lang) }));
  const load = async () => {
    refresh.disabled = true;
    await draft.flush();
    const url = api.pdfUrl(draft.id, lang) + '&v=' + encodeURIComponent(draft.etag || '');
    download.href = url;
    try {
      // ask first through the API wrapper (sign-in, problem details); the frame then shows the same URL
      await request(url, { headers: { Accept: 'application/pdf, application/problem+json' } });
      failure.hidden = true;
      frame.hidden = false;
      frame.src = url;
    } catch (e) {
      frame.hidden = true;
      failure.hidden = false;
      failure.textContent = t('review.failed') + ' ' + (e.problem ? (e.problem.detail || e.problem.title) : e.message);
    }
    refresh.disabled = false;
  };
  refresh.addEventListener('click', load);
  form.append(el('h3', {}, t('review.preview')), note, el('div', { class: 'actions' }, refresh, download), failure, frame);
  load();
}
