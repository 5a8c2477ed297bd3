// The workspace: routes (#/drafts, #/new, #/draft/<id>/<step>), UI language, shared reference data.
import { api } from './api.js';
import { LANGUAGES, initialLanguage, setLanguage, t, language } from './i18n.js';
import { el } from './form.js';
import { renderStart } from './start.js';
import { renderDrafts } from './drafts.js';
import { renderEditor, closeEditor, goToField, takePendingFocus } from './editor.js';
import * as findings from './findings.js';
import { renderTraining } from './training.js';
import { renderDesk, updateDeskNav } from './desk.js';
import { updateAccount } from './account.js';

const main = document.getElementById('main');
const ctx = {
  states: [],
  instruments: [],
  notify(text, isError) {
    const notice = document.getElementById('notice');
    notice.textContent = text;
    notice.classList.toggle('is-error', !!isError);
  },
};

async function route() {
  const hash = location.hash || '#/drafts';
  const parts = hash.slice(2).split('/').map(decodeURIComponent);
  document.querySelectorAll('.app-header nav a').forEach((a) => a.removeAttribute('aria-current'));
  const findingsPanel = document.getElementById('findings');
  if (parts[0] === 'draft' && parts[1]) {
    await renderEditor(main, ctx, parts[1], parts[2] || 'parties', takePendingFocus());
    return;
  }
  closeEditor();
  findingsPanel.hidden = true;
  document.querySelector('.layout').classList.remove('with-findings');
  if (parts[0] === 'training') { // training mode: sessions, exercises, feedback, learn view (training*.js)
    await renderTraining(main, ctx, parts.slice(1));
    return;
  }
  // the central authority's desk: #/desk, #/desk/<id>, #/desk/statistics (officers)
  if (parts[0] === 'desk') {
    await renderDesk(main, ctx, parts.slice(1));
    return;
  }
  if (parts[0] === 'new') {
    document.getElementById('nav-new').setAttribute('aria-current', 'page');
    await renderStart(main, ctx);
  } else {
    document.getElementById('nav-drafts').setAttribute('aria-current', 'page');
    await renderDrafts(main, ctx);
  }
}

let lastHash = null;
window.addEventListener('hashchange', async () => {
  const fresh = location.hash !== lastHash;
  lastHash = location.hash;
  ctx.notify('');
  await route();
  if (fresh && !document.activeElement.closest('#main')) {
    // a new page: move focus to it so keyboard and screen-reader users start at the top of the content
    main.focus({ preventScroll: false });
  }
});

function languagePicker() {
  const select = document.getElementById('ui-lang');
  select.replaceChildren(...LANGUAGES.map((l) => el('option', { value: l.code, lang: l.code }, l.name)));
  select.value = language();
  select.addEventListener('change', async () => {
    await setLanguage(select.value);
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', select.value);
      history.replaceState(null, '', url);
    }
    updateAccount();
    await route(); // the draft stays in memory and in the local copy; only the words change
    if (currentDocument()) {
      findings.scheduleCheck(currentDocument(), 0);
    }
  });
}

function currentDocument() {
  return window.mlaDraft ? window.mlaDraft() : null;
}

// the skip link moves focus without touching the route (its #main would otherwise be read as a page)
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

async function start() {
  await setLanguage(initialLanguage());
  languagePicker();
  findings.setNavigator(goToField);
  try {
    [ctx.states, ctx.instruments] = await Promise.all([api.states(), api.instruments()]);
  } catch (e) {
    ctx.notify(t('error.load') + ' ' + e.message, true);
  }
  const collator = new Intl.Collator(language());
  ctx.states.sort((a, b) => collator.compare((a.names.en || a.code), (b.names.en || b.code)));
  lastHash = location.hash;
  updateDeskNav();
  updateAccount();
  window.addEventListener('mla:signed-in', updateDeskNav);
  await route();
  performance.mark('mla-ready');
  document.body.dataset.ready = 'true';
}

start();
