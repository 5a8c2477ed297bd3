// Training mode, learn view (#/training/learn): every provision the scenarios exercise with the scenarios that
// exercise it, and what each topic of a State's requirement profile means, with the way to a State's profile.
// #/training/scenario/<id>: a scenario's case file and task, readable by anyone (the library is public).
import { t, stateName } from './i18n.js';
import { el } from './form.js';
import { tapi, trainingPage, errorBox, contentAttrs, caseFile, scenarioMeta } from './training-common.js';

/** The requirement profile topics explained here (names: the workspace's topic.* strings). */
export const PROFILE_TOPICS = ['central_authority', 'channels', 'languages', 'treaty_required', 'untoc_as_legal_basis', 'reciprocity',
  'dual_criminality', 'nationals', 'min_penalty_months', 'min_remaining_sentence_months', 'evidentiary_standard', 'assurances',
  'provisional_arrest_days', 'authentication', 'enforces_foreign_orders', 'domestic_order_route', 'non_conviction_based', 'asset_sharing'];

export async function renderLearn(main, ctx) {
  trainingPage(main, t('training.learn.title'), el('p', { class: 'loading' }, t('app.loading')));
  let index;
  try {
    index = await tapi.learn();
  } catch (e) {
    trainingPage(main, t('training.learn.title'), errorBox(e, t('error.load')));
    return;
  }
  const collator = new Intl.Collator('en', { numeric: true });
  const articles = Object.keys(index).sort(collator.compare);
  const provisions = el('div', { class: 'learn-provisions', id: 'learn-provisions' });
  articles.forEach((article, n) => {
    const id = 'provision-' + n;
    provisions.append(el('section', { class: 'learn-provision', 'aria-labelledby': id, dataset: { article } },
      el('h3', { id }, article),
      el('ul', {}, ...index[article].map((s) => el('li', {},
        el('a', contentAttrs({ href: '#/training/scenario/' + encodeURIComponent(s.id) }), s.title),
        ' ', el('span', { class: 'help' }, '(' + t('type.' + s.type) + ')'))))));
  });

  const topics = el('dl', { class: 'learn-topics', id: 'learn-topics' });
  PROFILE_TOPICS.forEach((topic) => topics.append(
    el('dt', { id: 'topic-' + topic }, t('topic.' + topic)),
    el('dd', {}, t('training.topic.' + topic))));

  // a State's profile, as the API gives it
  const select = el('select', { id: 'learn-state' });
  select.append(el('option', { value: '' }, t('form.choose')));
  (ctx.states || []).forEach((s) => select.append(el('option', { value: s.code }, stateName(s))));
  const link = el('a', { id: 'learn-state-link', href: '/api/states', class: 'button' }, t('training.learn.allStates'));
  select.addEventListener('change', () => {
    const state = (ctx.states || []).find((s) => s.code === select.value);
    link.href = state ? '/api/states/' + encodeURIComponent(state.code) : '/api/states';
    link.textContent = state ? t('training.learn.stateProfile', { state: stateName(state) }) : t('training.learn.allStates');
  });

  trainingPage(main, t('training.learn.title'),
    el('p', {}, t('training.learn.intro')),
    el('nav', { 'aria-label': t('training.learn.contents') }, el('ul', {},
      el('li', {}, el('a', { href: '#learn-provisions-title', class: 'in-page' }, t('training.learn.provisions'))),
      el('li', {}, el('a', { href: '#learn-topics-title', class: 'in-page' }, t('training.learn.topics'))))),
    el('h2', { id: 'learn-provisions-title', tabindex: '-1' }, t('training.learn.provisions')),
    el('p', {}, t('training.learn.provisionsIntro')),
    provisions,
    el('h2', { id: 'learn-topics-title', tabindex: '-1' }, t('training.learn.topics')),
    el('p', {}, t('training.learn.topicsIntro')),
    topics,
    el('h3', {}, t('training.learn.profile')),
    el('div', { class: 'field' }, el('label', { for: 'learn-state' }, t('training.learn.state')), select),
    el('p', { class: 'actions' }, link),
    el('p', { class: 'help' }, t('training.learn.profileHelp')));
  // in-page links must not be read as routes: move focus to the section instead
  main.querySelectorAll('a.in-page').forEach((a) => a.addEventListener('click', (event) => {
    event.preventDefault();
    const target = document.getElementById(a.getAttribute('href').slice(1));
    target.scrollIntoView();
    target.focus({ preventScroll: true });
  }));
}

export async function renderScenario(main, ctx, id) {
  trainingPage(main, t('training.scenario.title'), el('p', { class: 'loading' }, t('app.loading')));
  let s;
  try {
    s = await tapi.scenario(id);
  } catch (e) {
    trainingPage(main, t('training.scenario.title'), errorBox(e, t('error.load')),
      el('p', {}, el('a', { href: '#/training/learn' }, t('training.learn.title'))));
    return;
  }
  trainingPage(main, el('h1', contentAttrs({ id: 'training-title' }), s.title),
    el('p', { class: 'help' }, scenarioMeta(s, ctx.states) + ' · ' + t('training.rubricSize', { items: s.rubricItems, points: s.maxScore })),
    caseFile(s, 3),
    el('p', {}, t('training.scenario.practise')),
    el('p', { class: 'actions' },
      el('a', { class: 'button primary', href: '#/training/join' }, t('training.join.title')),
      el('a', { class: 'button', href: '#/training/learn' }, t('training.learn.title'))));
}
