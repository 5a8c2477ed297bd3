// Start a request: cooperation type, requesting and requested State; at once the legal basis the two States
// share and the requested State's key requirements for that type, each with its status, source and review date.
import { api } from './api.js';
import { t, stateName, language } from './i18n.js';
import { el, languageName } from './form.js';
import { TYPES, requirementsType, blankDocument, OPTIONS } from './fields.js';
import { OUTPUT_LANGUAGES } from './i18n.js';
import { Draft } from './draft.js';

/** A searchable State select: a search box filtering a <select> of State names (both labelled). */
export function statePicker(id, labelKey, states, value, onChange) {
  const search = el('input', { type: 'search', id: id + '-search', autocomplete: 'off', 'aria-controls': id });
  const select = el('select', { id, required: true });
  const fill = () => {
    const needle = search.value.trim().toLowerCase();
    const current = select.value || value || '';
    select.replaceChildren(el('option', { value: '' }, t('form.choose')));
    states.filter((s) => !needle || stateName(s).toLowerCase().includes(needle) || s.code.toLowerCase() === needle
      || (s.alpha2 || '').toLowerCase() === needle || Object.values(s.names || {}).some((n) => n.toLowerCase().includes(needle)))
      .forEach((s) => select.append(el('option', { value: s.code }, stateName(s))));
    if ([...select.options].some((o) => o.value === current)) {
      select.value = current;
    } else if (select.options.length === 2) {
      select.value = select.options[1].value;
      onChange(select.value);
    }
  };
  search.addEventListener('input', fill);
  select.addEventListener('change', () => onChange(select.value));
  fill();
  return el('div', { class: 'state-picker field' },
    el('label', { for: id + '-search' }, t(labelKey) + ' — ' + t('start.search')),
    search,
    el('label', { for: id }, t(labelKey)),
    select);
}

export async function renderStart(main, ctx) {
  const choice = { type: 'mla', requesting: '', requested: '', title: '', ...(ctx.startChoice || {}) };
  ctx.startChoice = choice;
  const results = el('section', { id: 'start-results', 'aria-live': 'polite', 'aria-labelledby': 'start-results-title' });
  const typeSet = el('fieldset', { class: 'choices', id: 'start-type' }, el('legend', {}, t('start.type')));
  TYPES.forEach((type) => {
    const id = 'type-' + type;
    const radio = el('input', { type: 'radio', name: 'type', id, value: type });
    radio.checked = choice.type === type;
    radio.addEventListener('change', () => { choice.type = type; refresh(); });
    typeSet.append(el('div', { class: 'choice' }, radio, el('label', { for: id }, t('type.' + type)),
      el('span', { class: 'help' }, ' — ' + t('type.' + type + '.help'))));
  });
  const title = el('input', { id: 'start-title', type: 'text', maxlength: 200 });
  title.value = choice.title;
  title.addEventListener('input', () => { choice.title = title.value; });
  const create = el('button', { type: 'button', class: 'primary', id: 'start-create', disabled: true }, t('start.create'));
  const status = el('p', { class: 'help', id: 'start-status' });

  main.replaceChildren(
    el('h1', {}, t('start.title')),
    el('p', {}, t('start.intro')),
    typeSet,
    el('div', { class: 'grid-2' },
      statePicker('start-requesting', 'start.requesting', ctx.states, choice.requesting, (v) => { choice.requesting = v; refresh(); }),
      statePicker('start-requested', 'start.requested', ctx.states, choice.requested, (v) => { choice.requested = v; refresh(); })),
    el('div', { class: 'field' }, el('label', { for: 'start-title' }, t('f.title')),
      el('p', { class: 'help', id: 'start-title-help' }, t('h.title')), title),
    el('div', { class: 'actions' }, create), status,
    results);
  title.setAttribute('aria-describedby', 'start-title-help');

  let shown = '';
  let languages = [];
  async function refresh() {
    const ready = choice.requesting && choice.requested;
    create.disabled = !ready;
    if (!ready) {
      results.replaceChildren();
      return;
    }
    const key = choice.type + choice.requesting + choice.requested;
    shown = key;
    results.replaceChildren(el('p', { class: 'loading' }, t('app.loading')));
    const rtype = requirementsType(choice.type);
    try {
      const [basis, facts] = await Promise.all([
        api.legalBasis(choice.requesting, choice.requested, rtype),
        api.requirements(choice.requested, rtype),
      ]);
      if (shown !== key) {
        return;
      }
      const langFact = facts.find((f) => f.topic === 'languages');
      languages = langFact && Array.isArray(langFact.value) ? langFact.value : [];
      results.replaceChildren(...renderBasis(basis, ctx), ...renderRequirements(facts, choice, ctx));
    } catch (e) {
      results.replaceChildren(el('p', { class: 'notice is-error' }, t('error.load') + ' ' + e.message));
    }
  }

  create.addEventListener('click', async () => {
    create.disabled = true;
    status.textContent = t('start.creating');
    const outputLanguage = languages.find((l) => OUTPUT_LANGUAGES.includes(l)) || 'en';
    const doc = blankDocument(choice.type, choice.requesting, choice.requested, outputLanguage);
    if (choice.title.trim()) {
      doc.title = choice.title.trim();
    }
    try {
      const { id } = await Draft.create(doc);
      ctx.startChoice = null;
      location.hash = '#/draft/' + encodeURIComponent(id) + '/parties';
    } catch (e) {
      status.textContent = t('error.save') + ' ' + e.message;
      create.disabled = false;
    }
  });
  refresh();
}

function citationNode(c) {
  if (!c) {
    return '';
  }
  const text = c.title || c.source;
  const label = text + (c.pinpoint ? ', ' + c.pinpoint : '');
  return c.url && /^https?:\/\//.test(c.url)
    ? el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, label)
    : el('cite', {}, label);
}

function statusBadge(status) {
  return el('span', { class: 'status status-' + status }, t('status.' + status));
}

function renderBasis(basis, ctx) {
  const out = [el('h2', { id: 'start-results-title' }, t('basis.title'))];
  (basis.conclusions || []).forEach((c) => out.push(el('div', { class: 'conclusion', dataset: { code: c.code } },
    el('p', {}, el('strong', {}, t('conclusion.' + c.code))), el('p', { class: 'help', lang: 'en' }, c.text))));
  if (basis.instruments && basis.instruments.length) {
    const ul = el('ul', { id: 'basis-instruments' });
    basis.instruments.forEach((i) => ul.append(el('li', { dataset: { instrument: i.id } },
      el('strong', {}, i.short), ' — ', el('span', { lang: 'en' }, i.title), ' ',
      statusBadge(worst([i.requestingParty && i.requestingParty.status, i.requestedParty && i.requestedParty.status])))));
    out.push(el('h3', {}, t('basis.instruments')), ul);
  } else {
    out.push(el('p', {}, t('basis.noInstrument')));
  }
  if (basis.declarations && basis.declarations.length) {
    const ul = el('ul', {});
    basis.declarations.forEach((d) => ul.append(el('li', {}, el('strong', {}, d.instrument + ' ' + d.article), ': ',
      el('span', { lang: 'en' }, [d.subject, d.value, d.note].filter(Boolean).join(' — ')), ' ', statusBadge(d.status), ' ', citationNode(d.citation))));
    out.push(el('h3', {}, t('basis.declarations')), ul);
  }
  out.push(el('p', {}, t('basis.reciprocity') + ' ', el('strong', {}, t('reciprocity.' + ((basis.reciprocity || {}).availability || 'unknown')))));
  return out;
}

function worst(statuses) {
  if (statuses.includes('unknown') || statuses.includes(undefined) || statuses.includes(null)) {
    return statuses.every((s) => !s) ? 'unknown' : 'unconfirmed';
  }
  return statuses.includes('unconfirmed') ? 'unconfirmed' : 'verified';
}

export function formatValue(topic, value) {
  if (value === undefined || value === null) {
    return '';
  }
  if (typeof value === 'boolean') {
    return value ? t('value.yes') : t('value.no');
  }
  if (Array.isArray(value)) {
    return value.map((v) => formatValue(topic, v)).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value).map(([k, v]) => k + ': ' + formatValue(topic, v)).join('; ');
  }
  if (topic === 'languages' && /^[a-z]{2,3}$/.test(value)) {
    return languageName(value, language());
  }
  if (topic === 'channels' && OPTIONS.channel.includes(value)) {
    return t('o.channel.' + value);
  }
  return String(value);
}

function renderRequirements(facts, choice, ctx) {
  const state = ctx.states.find((s) => s.code === choice.requested);
  const table = el('table', { class: 'facts', id: 'requirements' });
  table.append(el('caption', { class: 'visually-hidden' }, t('req.title', { state: stateName(state), type: t('type.' + choice.type) })));
  table.append(el('thead', {}, el('tr', {}, ...['req.topic', 'req.value', 'req.status', 'req.source', 'req.reviewed']
    .map((k) => el('th', { scope: 'col' }, t(k))))));
  const body = el('tbody', {});
  facts.forEach((f) => {
    const known = f.status !== 'unknown';
    body.append(el('tr', { dataset: { topic: f.topic, status: f.status } },
      el('th', { scope: 'row' }, t('topic.' + f.topic)),
      el('td', {}, known ? el('span', { lang: typeof f.value === 'string' ? 'en' : undefined }, formatValue(f.topic, f.value)) : t('req.unknown'),
        f.note ? el('p', { class: 'help', lang: 'en' }, f.note) : ''),
      el('td', {}, statusBadge(f.status)),
      el('td', {}, known ? citationNode(f.citation) : ''),
      el('td', {}, f.reviewed ? el('time', { datetime: f.reviewed }, f.reviewed) : '')));
  });
  table.append(body);
  return [el('h2', {}, t('req.title', { state: stateName(state), type: t('type.' + choice.type) })),
    choice.type === 'provisional-arrest' ? el('p', { class: 'help' }, t('req.provisionalNote')) : '', table];
}
