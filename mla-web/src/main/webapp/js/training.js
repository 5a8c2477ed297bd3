// Training mode (tracker issue 9): the routes under #/training and the trainee's join page.
//   #/training                       what training mode is, and the way in for trainees, trainers and everyone
//   #/training/trainer[/<session>]   trainer pages (training-trainer.js)
//   #/training/join[/<code>]         join a session with its code, pick a scenario
//   #/training/exercise/<id>[/<step>], #/training/feedback/<id>   the trainee's exercise (training-exercise.js)
//   #/training/learn, #/training/scenario/<id>                     learn view and case files (training-learn.js)
import { t } from './i18n.js';
import { el } from './form.js';
import { tapi, trainingPage, errorBox, contentAttrs, scenarioMeta, rememberCode } from './training-common.js';
import { renderTrainerHome, renderTrainerSession, stopPolling } from './training-trainer.js';
import { renderExercise, renderFeedback, closeExercise, exerciseOpen } from './training-exercise.js';
import { renderLearn, renderScenario } from './training-learn.js';

// leaving a training page: stop polling, save the exercise, drop the marking
window.addEventListener('hashchange', () => {
  const parts = (location.hash || '').slice(2).split('/').map(decodeURIComponent);
  if (parts[0] !== 'training' || parts[1] !== 'trainer' || !parts[2]) {
    stopPolling();
  }
  const ex = exerciseOpen();
  if (ex && !(parts[0] === 'training' && parts[1] === 'exercise' && parts[2] === ex.draft.id)) {
    closeExercise();
  }
  if (parts[0] !== 'training') {
    document.body.classList.remove('training-mode');
    document.title = t('app.title');
  }
});

/** parts: the route after "training". */
export async function renderTraining(main, ctx, parts) {
  const navLink = document.getElementById('nav-training');
  if (navLink) {
    navLink.setAttribute('aria-current', 'page');
  }
  const [page, id, step] = parts;
  switch (page) {
    case 'trainer':
      return id ? renderTrainerSession(main, ctx, id) : renderTrainerHome(main, ctx);
    case 'join':
      return id ? renderSession(main, ctx, id) : renderJoin(main);
    case 'exercise':
      return renderExercise(main, ctx, id, step);
    case 'feedback':
      return renderFeedback(main, ctx, id);
    case 'learn':
      return renderLearn(main, ctx);
    case 'scenario':
      return renderScenario(main, ctx, id);
    default:
      return renderHome(main);
  }
}

function renderHome(main) {
  const card = (href, id, titleKey, textKey) => el('li', { class: 'training-card' },
    el('h2', {}, el('a', { href, id }, t(titleKey))), el('p', {}, t(textKey)));
  trainingPage(main, t('training.home.title'),
    el('p', {}, t('training.home.intro')),
    el('ul', { class: 'training-cards' },
      card('#/training/join', 'training-go-join', 'training.join.title', 'training.home.join'),
      card('#/training/trainer', 'training-go-trainer', 'training.trainer.title', 'training.home.trainer'),
      card('#/training/learn', 'training-go-learn', 'training.learn.title', 'training.home.learn')));
}

function renderJoin(main) {
  const input = el('input', { type: 'text', id: 'join-code-input', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false',
    maxlength: 12, required: true, 'aria-describedby': 'join-help' });
  const error = el('div', { id: 'join-error' });
  const form = el('form', { id: 'join-form', novalidate: true },
    el('div', { class: 'field' }, el('label', { for: 'join-code-input' }, t('training.join.code')),
      el('p', { class: 'help', id: 'join-help' }, t('training.join.help')), input),
    error,
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'primary', id: 'join-submit' }, t('training.join.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.replaceChildren();
    const code = input.value.trim().toUpperCase();
    if (!code) {
      error.append(el('p', { class: 'notice is-error', role: 'alert' }, t('training.join.needCode')));
      input.focus();
      return;
    }
    try {
      const session = await tapi.join(code);
      rememberCode(session.code);
      location.hash = '#/training/join/' + encodeURIComponent(session.code);
    } catch (e) {
      error.append(errorBox(e, t('training.join.failed')));
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  });
  trainingPage(main, t('training.join.title'), el('p', {}, t('training.join.intro')), form);
}

async function renderSession(main, ctx, code) {
  trainingPage(main, t('training.join.title'), el('p', { class: 'loading' }, t('app.loading')));
  let session;
  let scenarios;
  let mine;
  try {
    session = await tapi.join(code);
    [scenarios, mine] = await Promise.all([tapi.scenarios(), tapi.exercises(session.code)]);
  } catch (e) {
    trainingPage(main, t('training.join.title'), errorBox(e, t('training.join.failed')),
      el('p', {}, el('a', { href: '#/training/join' }, t('training.join.again'))));
    return;
  }
  rememberCode(session.code);
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const exerciseOf = new Map(mine.map((e) => [e.scenarioId, e]));
  const list = el('ul', { class: 'training-cards', id: 'session-scenario-list' });
  session.scenarioIds.forEach((sid) => {
    const s = byId.get(sid);
    if (!s) {
      return;
    }
    const exercise = exerciseOf.get(sid);
    const headingId = 'scenario-title-' + sid;
    let action;
    if (exercise && exercise.submitted) {
      action = el('a', { class: 'button', href: '#/training/feedback/' + encodeURIComponent(exercise.id), 'aria-describedby': headingId,
        dataset: { scenario: sid } }, t('training.join.feedback'));
    } else {
      action = el('button', { type: 'button', class: 'primary scenario-start', 'aria-describedby': headingId, dataset: { scenario: sid } },
        exercise ? t('training.join.continue') : t('training.join.start'));
      action.addEventListener('click', async () => {
        action.disabled = true;
        try {
          const started = await tapi.start(session.code, sid);
          location.hash = '#/training/exercise/' + encodeURIComponent(started.id);
        } catch (e) {
          action.disabled = false;
          ctx.notify(t('error.save') + ' ' + e.message, true);
        }
      });
    }
    list.append(el('li', { class: 'training-card', dataset: { scenario: sid } },
      el('h2', contentAttrs({ id: headingId }), s.title),
      el('p', { class: 'help' }, scenarioMeta(s, ctx.states)),
      el('p', { class: 'help' }, exercise ? (exercise.submitted ? t('training.status.submitted') : t('training.status.started')) : t('training.status.notStarted')),
      el('p', { class: 'actions' }, action,
        el('a', { class: 'button', href: '#/training/scenario/' + encodeURIComponent(sid), 'aria-describedby': headingId }, t('training.join.readCase')))));
  });
  trainingPage(main, session.title,
    el('p', {}, t('training.join.joined', { code: session.code })),
    el('p', {}, t('training.join.pick')),
    list);
}
