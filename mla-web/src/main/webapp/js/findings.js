// Live findings: the draft is checked ~250 ms after typing stops (POST /api/checks); findings are listed by
// severity in the side panel and beside the fields they concern (finding.fields -> [data-path]).
import { api } from './api.js';
import { t, checkLanguage } from './i18n.js';
import { el } from './form.js';

const DEBOUNCE_MS = 250;
const SEVERITIES = ['blocking', 'warning', 'advice'];

/** Timings the browser tests read: last keystroke, findings shown (performance.now()), check round trip. */
export const metrics = { lastInput: 0, findingsShown: 0, lastLatency: null, lastRoundTrip: null, checks: 0 };
window.mlaMetrics = metrics;

let timer = null;
let controller = null;
let sequence = 0;
let report = null;
let problem = null;
let goTo = () => {};

document.addEventListener('input', () => { metrics.lastInput = performance.now(); }, true);
document.addEventListener('change', () => { metrics.lastInput = performance.now(); }, true);

/** goToField(path) is called when a finding is activated: it shows the step and focuses the field. */
export function setNavigator(goToField) {
  goTo = goToField;
}

export function scheduleCheck(document, delay = DEBOUNCE_MS) {
  clearTimeout(timer);
  timer = setTimeout(() => runCheck(document), delay);
}

export function cancelChecks() {
  clearTimeout(timer);
  if (controller) {
    controller.abort();
  }
  report = null;
  problem = null;
}

async function runCheck(document) {
  if (controller) {
    controller.abort();
  }
  controller = new AbortController();
  const mine = ++sequence;
  const sent = performance.now();
  try {
    report = await api.check(document, checkLanguage(), controller.signal);
    problem = null;
  } catch (e) {
    if (e.name === 'AbortError') {
      return;
    }
    if (e.status === 400 && e.problem) {
      problem = e.problem; // a value the schema refuses (e.g. a malformed e-mail address): show it like a finding
    } else {
      return;
    }
  }
  if (mine !== sequence) {
    return;
  }
  render();
  metrics.checks++;
  metrics.findingsShown = performance.now();
  metrics.lastRoundTrip = metrics.findingsShown - sent; // POST /api/checks and rendering, without the debounce
  metrics.lastLatency = metrics.lastInput ? metrics.findingsShown - metrics.lastInput : null;
}

function findings() {
  const list = report ? [...report.findings] : [];
  if (problem) {
    (problem.errors || []).forEach((error, i) => list.unshift({
      id: 'invalid-' + i, severity: 'blocking', message: error.message, fix: t('findings.invalidFix'),
      citation: null, fields: [error.field.replace(/^[a-z]+\.document\./i, '').replace(/^document\./, '')],
    }));
  }
  return list;
}

/** Re-renders the panel and the field annotations (also after the step's form was re-rendered). */
export function render() {
  const panel = document.getElementById('findings');
  const listNode = document.getElementById('findings-list');
  const count = document.getElementById('findings-count');
  if (!panel || (!report && !problem)) {
    return;
  }
  const all = findings();
  const by = Object.fromEntries(SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s)]));
  count.textContent = all.length === 0 ? t('findings.none')
    : t('findings.count', { blocking: by.blocking.length, warning: by.warning.length, advice: by.advice.length });
  listNode.replaceChildren();
  SEVERITIES.forEach((severity) => {
    if (!by[severity].length) {
      return;
    }
    listNode.append(el('h3', {}, t('severity.' + severity + '.plural') + ' (' + by[severity].length + ')'));
    const ul = el('ul', {});
    by[severity].forEach((f) => ul.append(item(f, true)));
    listNode.append(ul);
  });
  annotateFields(all);
}

function citation(c) {
  if (!c) {
    return null;
  }
  const text = c.source + (c.pinpoint ? ', ' + c.pinpoint : '');
  const p = el('p', { class: 'cite' }, t('findings.source') + ' ');
  if (c.url && /^https?:\/\//.test(c.url)) {
    p.append(el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer', title: c.title || undefined }, text));
  } else {
    p.append(el('cite', { title: c.title || undefined }, text));
  }
  return p;
}

function item(f, inPanel) {
  // the checker writes English or French; say so, so that a screen reader reads it in the right voice
  const li = el('li', { class: 'finding sev-' + f.severity, dataset: { findingId: f.id }, lang: checkLanguage() });
  const label = el('span', { class: 'sev-label' }, t('severity.' + f.severity) + ': ');
  if (inPanel && f.fields && f.fields.length) {
    li.append(el('button', { type: 'button', class: 'finding-go', onclick: () => goTo(f.fields[0]) }, label, f.message));
  } else {
    li.append(el('p', { class: 'finding-text' }, label, f.message));
  }
  if (f.fix) {
    li.append(el('p', { class: 'fix' }, el('strong', {}, t('findings.fix') + ' '), f.fix));
  }
  const cite = citation(f.citation);
  if (cite) {
    li.append(cite);
  }
  return li;
}

/** The element a finding's path points at: the exact [data-path], else the nearest enclosing path on the page. */
export function targetOf(path) {
  const main = document.getElementById('main');
  let p = path;
  while (p) {
    const node = main.querySelector('[data-path="' + CSS.escape(p) + '"]');
    if (node) {
      return node;
    }
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

function annotateFields(all) {
  const main = document.getElementById('main');
  main.querySelectorAll('.field-findings').forEach((n) => n.remove());
  main.querySelectorAll('.has-blocking, .has-warning, .has-advice').forEach((n) => n.classList.remove('has-blocking', 'has-warning', 'has-advice'));
  main.querySelectorAll('[aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  main.querySelectorAll('[data-described]').forEach((n) => {
    n.setAttribute('aria-describedby', n.dataset.described);
    if (!n.dataset.described) {
      n.removeAttribute('aria-describedby');
    }
    delete n.dataset.described;
  });
  const groups = new Map();
  all.forEach((f) => (f.fields || []).forEach((path) => {
    const target = targetOf(path);
    if (!target) {
      return;
    }
    if (!groups.has(target)) {
      groups.set(target, []);
    }
    if (!groups.get(target).includes(f)) {
      groups.get(target).push(f);
    }
  }));
  let n = 0;
  groups.forEach((list, target) => {
    const wrapper = target.tagName === 'FIELDSET' ? target : (target.closest('.field') || target.parentElement);
    const id = 'ff-' + (n++);
    const ul = el('ul', { class: 'field-findings', id });
    list.forEach((f) => ul.append(el('li', { class: 'sev-' + f.severity, lang: checkLanguage() }, el('span', { class: 'sev-label' }, t('severity.' + f.severity) + ': '), f.message)));
    wrapper.append(ul);
    const worst = SEVERITIES.find((s) => list.some((f) => f.severity === s));
    wrapper.classList.add('has-' + worst);
    if (target.tagName !== 'FIELDSET') {
      target.dataset.described = target.getAttribute('aria-describedby') || '';
      target.setAttribute('aria-describedby', (target.dataset.described + ' ' + id).trim());
      if (worst === 'blocking') {
        target.setAttribute('aria-invalid', 'true');
      }
    }
  });
}

export function currentReport() {
  return report;
}
