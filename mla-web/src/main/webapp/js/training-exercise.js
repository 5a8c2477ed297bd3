// Training mode, trainee's exercise: #/training/exercise/<id>/<step> shows the scenario's case file beside the
// workspace's own guided form (fields.js / form.js) bound to the exercise document, saved as the workspace saves
// (local copy at once, PUT with If-Match a second later), with live findings from POST /api/checks; submitting
// grades it once. #/training/feedback/<id> shows the score, each rubric item met or missed, and the findings.
import { api, etagOf } from './api.js';
import { t, has, checkLanguage, stateName } from './i18n.js';
import { el, arrow, renderFields } from './form.js';
import { steps, stepOf, requirementsType } from './fields.js';
import { Draft, localCopy, dropLocalCopy } from './draft.js';
import { confirmDialog } from './drafts.js';
import { focusField, goToField } from './editor.js';
import * as findings from './findings.js';
import { tapi, trainingPage, errorBox, contentAttrs, contentLang, caseFile, problemText, rememberedCode } from './training-common.js';

/** An exercise document: the workspace's Draft, stored under /api/training/exercises instead of /api/requests. */
class ExerciseDraft extends Draft {
  put() {
    return tapi.save(this.id, this.etag, this.document);
  }

  fetchCurrent() {
    return tapi.exercise(this.id);
  }
}

let open = null; // { draft, scenario, shared, step, pendingFocus }

/** Leaves the exercise (saving what is unsent) when the route goes elsewhere. */
export function closeExercise() {
  if (open) {
    open.draft.close();
    open = null;
  }
}

export function exerciseOpen() {
  return open;
}

function navigate(path) {
  if (!open) {
    goToField(path); // the workspace's own draft
    return;
  }
  const step = stepOf(open.draft.document.type, path);
  if (step === open.step && focusField(path)) {
    return;
  }
  open.pendingFocus = path;
  const hash = '#/training/exercise/' + encodeURIComponent(open.draft.id) + '/' + step;
  if (location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

async function openExercise(id, main, ctx) {
  const response = await tapi.exercise(id);
  const exercise = response.body;
  if (exercise.submitted) {
    return { submitted: true };
  }
  const listeners = {
    onSaveState: (state) => showSaveState(state, ctx),
    onReplaced: () => { ctx.notify(t('save.conflict'), true); window.dispatchEvent(new HashChangeEvent('hashchange')); },
  };
  const draft = new ExerciseDraft(id, etagOf(response), exercise.document, listeners);
  const local = localCopy(id);
  if (local && local.dirty && local.etag === draft.etag) {
    draft.document = local.document;
    draft.dirty = true;
    draft.scheduleSave(0);
    ctx.notify(t('save.restored'));
  } else if (local) {
    dropLocalCopy(id);
  }
  const scenario = await tapi.scenario(exercise.scenarioId);
  let shared = [];
  try {
    const basis = await api.legalBasis(scenario.requestingState, scenario.requestedState, requirementsType(scenario.type));
    shared = (basis.instruments || []).map((i) => i.id);
  } catch (e) {
    shared = [];
  }
  return { draft, scenario, scenarioLang: contentLang(), shared, exercise };
}

export async function renderExercise(main, ctx, id, stepId) {
  if (!open || open.draft.id !== id) {
    closeExercise();
    trainingPage(main, t('training.exercise.title'), el('p', { class: 'loading' }, t('app.loading')));
    let opened;
    try {
      opened = await openExercise(id, main, ctx);
    } catch (e) {
      trainingPage(main, t('training.exercise.title'), errorBox(e, t('error.load')),
        el('p', {}, el('a', { href: '#/training/join' }, t('training.join.title'))));
      return;
    }
    if (opened.submitted) {
      location.replace('#/training/feedback/' + encodeURIComponent(id));
      return;
    }
    open = opened;
  }
  if (open.scenarioLang !== contentLang()) {
    // the UI language changed: the case file in French, or back in English
    try {
      open.scenario = await tapi.scenario(open.exercise.scenarioId);
      open.scenarioLang = contentLang();
    } catch (e) {
      // keep the case file already shown
    }
  }
  findings.setNavigator(navigate);
  const { draft, scenario } = open;
  const doc = draft.document;
  const all = steps(doc.type);
  const step = all.find((s) => s.id === stepId) || all[0];
  open.step = step.id;
  const base = '#/training/exercise/' + encodeURIComponent(id) + '/';

  const nav = el('nav', { class: 'steps', 'aria-label': t('steps.label') });
  nav.append(el('ol', {}, ...all.map((s, i) => el('li', {}, el('a', { href: base + s.id, id: 'step-' + s.id, 'aria-current': s.id === step.id ? 'step' : undefined },
    (i + 1) + '. ' + t('step.' + s.id))))));
  const form = el('form', { id: 'draft-form', novalidate: true, 'aria-labelledby': 'step-title', 'aria-describedby': 'step-help' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const helpKey = has('stephelp.' + step.id + '.' + doc.type) ? 'stephelp.' + step.id + '.' + doc.type : 'stephelp.' + step.id;
  const stepHelp = el('div', { class: 'step-help', id: 'step-help' }, ...t(helpKey).split('\n').map((line) => el('p', {}, line)));
  const fieldsCtx = {
    draft, states: ctx.states, instruments: ctx.instruments, sharedInstruments: open.shared,
    rerender: (focusId) => { renderExercise(main, ctx, id, step.id).then(() => { const n = focusId && document.getElementById(focusId); if (n) { n.focus(); } }); },
  };
  // the workspace's review step also shows the PDF; here it holds the document language, and the submission below
  renderFields(form, step.fields, fieldsCtx);
  const index = all.indexOf(step);
  const pager = el('div', { class: 'actions' },
    index > 0 ? el('a', { class: 'button', href: base + all[index - 1].id, id: 'step-previous' }, t('steps.previous')) : '',
    index < all.length - 1 ? el('a', { class: 'button primary', href: base + all[index + 1].id, id: 'step-next' }, t('steps.next')) : '');
  const submit = el('button', { type: 'button', class: 'primary', id: 'exercise-submit' }, t('training.exercise.submit'));
  submit.addEventListener('click', () => submitExercise(ctx, submit));

  const from = ctx.states.find((s) => s.code === doc.requestingState);
  const to = ctx.states.find((s) => s.code === doc.requestedState);
  trainingPage(main, el('h1', contentAttrs({ id: 'training-title' }), scenario.title),
    el('div', { class: 'draft-head' },
      el('p', {}, t('type.' + doc.type) + ' · ' + stateName(from) + arrow() + stateName(to)),
      el('p', { class: 'save-state', id: 'save-state' }, draft.dirty ? t('save.unsent') : t('save.saved'))),
    el('div', { class: 'training-exercise' },
      caseFile(scenario, 3),
      el('section', { class: 'training-work', 'aria-labelledby': 'work-title' },
        el('h2', { id: 'work-title' }, t('training.exercise.yourRequest')),
        nav,
        el('h3', { id: 'step-title' }, t('step.' + step.id)),
        stepHelp,
        form,
        pager,
        el('div', { class: 'submit-box' },
          el('p', { class: 'help', id: 'submit-help' }, t('training.exercise.submitHelp')),
          submit))));
  submit.setAttribute('aria-describedby', 'submit-help');
  document.getElementById('findings').hidden = false;
  document.querySelector('.layout').classList.add('with-findings');
  findings.scheduleCheck(draft.document, 0);
  const pending = open.pendingFocus;
  open.pendingFocus = null;
  if (pending) {
    focusField(pending);
  }
}

function showSaveState(state, ctx) {
  if (state === 'unsent' && open) {
    findings.scheduleCheck(open.draft.document);
  }
  const node = document.getElementById('save-state');
  if (!node) {
    return;
  }
  node.textContent = { saving: t('save.saving'), saved: t('save.saved'), unsent: t('save.unsent'), conflict: t('save.saved'),
    invalid: t('save.invalid'), error: t('save.error') }[state] || '';
  node.dataset.state = state;
  if (state === 'error') {
    ctx.notify(t('save.error'), true);
  }
}

async function submitExercise(ctx, button) {
  if (!open || !(await confirmDialog(t('training.exercise.confirmSubmit')))) {
    button.focus();
    return;
  }
  const { draft } = open;
  button.disabled = true;
  try {
    await draft.flush();
    if (draft.dirty) {
      throw new Error(t('save.invalid'));
    }
    await tapi.submit(draft.id, draft.etag, checkLanguage());
    dropLocalCopy(draft.id);
    const id = draft.id;
    open = null;
    location.hash = '#/training/feedback/' + encodeURIComponent(id);
  } catch (e) {
    button.disabled = false;
    ctx.notify(t('training.exercise.submitFailed') + ' ' + problemText(e), true);
    button.focus();
  }
}

export async function renderFeedback(main, ctx, id) {
  trainingPage(main, t('training.feedback.title'), el('p', { class: 'loading' }, t('app.loading')));
  let feedback;
  let scenario;
  try {
    feedback = await tapi.feedback(id, checkLanguage());
    scenario = await tapi.scenario(feedback.exercise.scenarioId);
  } catch (e) {
    trainingPage(main, t('training.feedback.title'), errorBox(e, t('error.load')),
      el('p', {}, el('a', { href: '#/training/exercise/' + encodeURIComponent(id) }, t('training.feedback.backToExercise'))));
    return;
  }
  const met = feedback.items.filter((i) => i.met);
  const missed = feedback.items.filter((i) => !i.met);
  const item = (i) => el('li', { class: 'rubric-item ' + (i.met ? 'is-met' : 'is-missed'), dataset: { item: i.id, met: String(i.met) } },
    el('span', { class: 'rubric-mark' }, i.met ? t('training.feedback.met') : t('training.feedback.missed')), ' ',
    el('span', contentAttrs(), i.description), ' ', el('span', { class: 'help' }, t('training.points', { n: i.points })));
  const code = rememberedCode();
  trainingPage(main, t('training.feedback.title'),
    el('p', contentAttrs({ class: 'feedback-scenario' }), scenario.title),
    el('div', { class: 'score-box', id: 'feedback-score' },
      el('p', { class: 'score-figure' }, t('training.score', { score: feedback.score, max: feedback.maxScore, percent: feedback.percent }))),
    el('h2', {}, t('training.feedback.rubric')),
    missed.length ? el('h3', {}, t('training.feedback.missedItems', { n: missed.length })) : '',
    missed.length ? el('ul', { class: 'rubric', id: 'rubric-missed' }, ...missed.map(item)) : '',
    met.length ? el('h3', {}, t('training.feedback.metItems', { n: met.length })) : '',
    met.length ? el('ul', { class: 'rubric', id: 'rubric-met' }, ...met.map(item)) : '',
    el('h2', {}, t('training.feedback.findings')),
    findingsList(feedback.findings),
    el('p', { class: 'actions' },
      code ? el('a', { class: 'button', href: '#/training/join/' + encodeURIComponent(code) }, t('training.feedback.backToSession')) : '',
      el('a', { class: 'button', href: '#/training/scenario/' + encodeURIComponent(scenario.id) }, t('training.feedback.caseFile')),
      el('a', { class: 'button', href: '#/training/learn' }, t('training.learn.title'))));
}

const SEVERITIES = ['blocking', 'warning', 'advice'];

function findingsList(all) {
  if (!all.length) {
    return el('p', { id: 'feedback-findings' }, t('findings.none'));
  }
  const sorted = [...all].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return el('ul', { class: 'feedback-findings', id: 'feedback-findings' }, ...sorted.map((f) => {
    const li = el('li', { class: 'finding sev-' + f.severity, dataset: { findingId: f.id }, lang: checkLanguage() },
      el('p', { class: 'finding-text' }, el('span', { class: 'sev-label' }, t('severity.' + f.severity) + ': '), f.message));
    if (f.fix) {
      li.append(el('p', { class: 'fix' }, el('strong', {}, t('findings.fix') + ' '), f.fix));
    }
    if (f.citation) {
      const c = f.citation;
      const text = c.source + (c.pinpoint ? ', ' + c.pinpoint : '');
      li.append(el('p', { class: 'cite' }, t('findings.source') + ' ', c.url && /^https?:\/\//.test(c.url)
        ? el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, text) : el('cite', {}, text)));
    }
    return li;
  }));
}
