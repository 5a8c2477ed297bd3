// Training mode, shared parts: the /api/training calls, the TRAINING marking every training page carries, the
// case file of a scenario, and the language of scenario content (written in English and French only).
import { request } from './api.js';
import { t, language, stateName } from './i18n.js';
import { el, arrow } from './form.js';

const enc = encodeURIComponent;
const json = (r) => r.body;

export const tapi = {
  scenarios: () => request('/api/training/scenarios?lang=' + contentLang()).then(json),
  scenario: (id) => request('/api/training/scenarios/' + enc(id) + '?lang=' + contentLang()).then(json),
  learn: () => request('/api/training/learn?lang=' + contentLang()).then(json),
  sessions: () => request('/api/training/sessions').then(json),
  createSession: (title, scenarioIds) => request('/api/training/sessions', { method: 'POST', body: { title, scenarioIds } }).then(json),
  session: (id) => request('/api/training/sessions/' + enc(id)).then(json),
  results: (id) => request('/api/training/sessions/' + enc(id) + '/results?lang=' + contentLang()).then(json),
  csvUrl: (id) => '/api/training/sessions/' + enc(id) + '/results.csv?lang=' + contentLang(),
  // the PDF's fixed wording is in the page's language (every UI language is an output language); scenario titles
  // in it follow contentLang, as the server decides
  pdfUrl: (id) => '/api/training/sessions/' + enc(id) + '/results.pdf?lang=' + enc(language()),
  reset: (id) => request('/api/training/sessions/' + enc(id) + '/reset', { method: 'POST' }).then(json),
  join: (code) => request('/api/training/join', { method: 'POST', body: { code } }).then(json),
  start: (code, scenarioId) => request('/api/training/exercises', { method: 'POST', body: { code, scenarioId } }).then(json),
  exercises: (code) => request('/api/training/exercises?code=' + enc(code)).then(json),
  exercise: (id) => request('/api/training/exercises/' + enc(id)),
  save: (id, etag, document) => request('/api/training/exercises/' + enc(id), { method: 'PUT', body: document, headers: { 'If-Match': etag } }),
  submit: (id, etag, lang) => request('/api/training/exercises/' + enc(id) + '/submit?lang=' + enc(lang), { method: 'POST', headers: { 'If-Match': etag } }),
  feedback: (id, lang) => request('/api/training/exercises/' + enc(id) + '/feedback?lang=' + enc(lang)).then(json),
};

/** Scenario content exists in English and French; other UI languages read it in English. */
export function contentLang() {
  return language() === 'fr' ? 'fr' : 'en';
}

/** Attributes for an element holding scenario content: lang="en" when the page is in another language. */
export function contentAttrs(extra = {}) {
  return language() === contentLang() ? extra : { ...extra, lang: contentLang() };
}

/** The marking on every training page: nothing here is a real request. */
export function banner() {
  return el('p', { class: 'training-banner', id: 'training-banner' },
    el('strong', { class: 'training-mark' }, t('training.mark')), ' ', t('training.markNote'));
}

/** Puts a training page in main: the marking, the title (text, or an h1 element), the content. */
export function trainingPage(main, title, ...children) {
  const h1 = title instanceof Node ? title : el('h1', { id: 'training-title' }, title);
  document.body.classList.add('training-mode');
  document.title = t('training.mark') + ' — ' + h1.textContent + ' — ' + t('app.title');
  main.replaceChildren(banner(), h1, ...children);
}

/** A readable reason from an API error, with a word for the refusals a role can meet. */
export function problemText(e) {
  if (e && e.status === 403) {
    return t('training.error.forbidden');
  }
  if (e && e.status === 404) {
    return t('training.error.notFound');
  }
  if (e && e.problem && e.problem.errors && e.problem.errors.length) {
    return e.problem.errors.map((x) => x.message).join(' ');
  }
  return (e && e.message) || '';
}

export function errorBox(e, prefix) {
  return el('p', { class: 'notice is-error', role: 'alert' }, (prefix ? prefix + ' ' : '') + problemText(e));
}

export function topicName(topic) {
  return t('training.topicName.' + topic);
}

/** "Mutual legal assistance · Australia → New Zealand · intermediate · 45 min" */
export function scenarioMeta(s, states) {
  const byCode = (code) => (states || []).find((x) => x.code === code);
  const from = byCode(s.requestingState);
  const to = byCode(s.requestedState);
  return [t('type.' + s.type), (from ? stateName(from) : s.requestingState) + arrow() + (to ? stateName(to) : s.requestedState),
    t('training.level.' + s.level), t('training.minutes', { n: s.minutes })].join(' · ');
}

/** The case file: summary, documents, task and the provisions it exercises; h is the heading level of its parts. */
export function caseFile(s, h = 3) {
  const hx = 'h' + h;
  const hy = 'h' + (h + 1);
  // a region that scrolls on its own: focusable, so that the keyboard can scroll it too
  const section = el('section', { class: 'case-file', id: 'case-file', 'aria-labelledby': 'case-file-title', tabindex: '0' },
    el('h' + (h - 1), { id: 'case-file-title' }, t('training.caseFile')));
  const content = el('div', contentAttrs({ class: 'case-file-content' }));
  content.append(el(hx, {}, t('training.summary')));
  paragraphs(s.summary).forEach((p) => content.append(p));
  if (s.documents && s.documents.length) {
    content.append(el(hx, {}, t('training.documents')));
    s.documents.forEach((d, i) => {
      const doc = el('article', { class: 'case-document', 'aria-labelledby': 'case-doc-' + i }, el(hy, { id: 'case-doc-' + i }, d.title));
      paragraphs(d.content).forEach((p) => doc.append(p));
      content.append(doc);
    });
  }
  content.append(el(hx, {}, t('training.task')));
  content.append(el('div', { class: 'case-task', id: 'case-task' }, ...paragraphs(s.task)));
  section.append(content);
  if (s.articles && s.articles.length) {
    section.append(el(hx, {}, t('training.articles')), el('ul', { class: 'case-articles' }, ...s.articles.map((a) => el('li', {}, a))));
  }
  return section;
}

function paragraphs(text) {
  return String(text || '').split(/\n\s*\n/).filter((p) => p.trim()).map((p) => el('p', {}, p.trim()));
}

/** "3 Nov 2026, 14:05" from the API's zone-less UTC timestamps. */
export function when(timestamp) {
  if (!timestamp) {
    return '';
  }
  const date = new Date(/([zZ]|[+-]\d\d:?\d\d)$/.test(timestamp) ? timestamp : timestamp + 'Z');
  return Number.isNaN(date.getTime()) ? timestamp
    : new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The join code the trainee last used in this tab (to go back to the session from an exercise). */
export function rememberCode(code) {
  sessionStorage.setItem('mla.training.code', code);
}

export function rememberedCode() {
  return sessionStorage.getItem('mla.training.code') || '';
}
