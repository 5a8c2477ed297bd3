// Data-driven form renderer: field definitions (fields.js) -> labelled inputs bound to the draft document.
// Every input carries data-path (its JSON path, e.g. "persons[0].nationalities") so findings can point at it.
import { t, has, stateName } from './i18n.js';
import { OPTIONS } from './fields.js';
import { OUTPUT_LANGUAGES } from './i18n.js';

/** Creates an element: el('p', {class: 'help', id: 'x'}, 'text', child...). No inline styles, ever. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** The direction arrow between two States, pointing the way the text runs. */
export const arrow = () => (document.documentElement.dir === 'rtl' ? ' ← ' : ' → ');

export const idOf = (path) => 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-');
const bare = (path) => path.replace(/\[\d+\]/g, '');

/** Label key: the specific "f.<path>" when the bundle has one, else the generic "f.<last segment>". */
export function labelOf(path) {
  const b = bare(path);
  if (has('f.' + b)) {
    return t('f.' + b);
  }
  return t('f.' + b.split('.').pop());
}

function helpOf(def, path) {
  if (!def.help) {
    return null;
  }
  const key = 'h.' + bare(path);
  return has(key) ? el('p', { class: 'help', id: idOf(path) + '-help' }, t(key)) : null;
}

function describe(input, help) {
  if (help) {
    input.setAttribute('aria-describedby', help.id);
  }
}

/**
 * Renders fields into container. ctx: { draft (Draft), states (list), instruments (list), sharedInstruments (ids),
 * rerender(focusId) }.
 */
export function renderFields(container, fields, ctx, prefix = '', item = null) {
  for (const def of fields) {
    if (def.when && !def.when(item || ctx.draft.document, ctx.draft.document)) {
      continue;
    }
    const path = prefix + def.path;
    const node = renderField(def, path, ctx);
    if (node) {
      container.append(node);
    }
  }
}

function renderField(def, path, ctx) {
  const draft = ctx.draft;
  const value = draft.get(path);
  const id = idOf(path);
  switch (def.kind) {
    case 'group': {
      const fs = el('fieldset', { dataset: { path }, id });
      fs.append(el('legend', {}, t('g.' + bare(path))));
      const help = helpOf(def, path);
      if (help) {
        fs.append(help);
        fs.setAttribute('aria-describedby', help.id);
      }
      renderFields(fs, def.fields, ctx, path + '.', null);
      return fs;
    }
    case 'list':
      return renderList(def, path, ctx);
    case 'checkbox': {
      const input = el('input', { type: 'checkbox', id, dataset: { path } });
      input.checked = value === true;
      input.addEventListener('change', () => {
        draft.set(path, input.checked ? true : undefined);
        ctx.rerender(id);
      });
      const help = helpOf(def, path);
      describe(input, help);
      return el('div', { class: 'field is-checkbox' }, input, el('label', { for: id }, labelOf(path)), help);
    }
    case 'checkboxes':
      return renderChoices(path, OPTIONS[def.options].map((v) => [v, t('o.' + def.options + '.' + v)]), def, ctx);
    case 'instruments': {
      // the instruments both States are bound by (and those already chosen) first, the others folded away
      const known = Array.isArray(ctx.sharedInstruments);
      const shared = new Set(ctx.sharedInstruments || []);
      const selected = new Set(value || []);
      const all = ctx.instruments || [];
      const first = known ? all.filter((i) => shared.has(i.id) || selected.has(i.id)) : all;
      const rest = known ? all.filter((i) => !shared.has(i.id) && !selected.has(i.id)) : [];
      const label = (i) => i.short + (shared.has(i.id) ? ' — ' + t('basis.bothBound') : '');
      const node = renderChoices(path, first.map((i) => [i.id, label(i)]), def, ctx);
      if (rest.length) {
        const details = el('details', {}, el('summary', {}, t('basis.otherInstruments', { n: rest.length })));
        const more = renderChoices(path, rest.map((i) => [i.id, i.short]), { ...def, help: false }, ctx, t('basis.otherInstruments', { n: rest.length }));
        more.removeAttribute('data-path');
        details.append(more);
        node.append(details);
      }
      return node;
    }
    default:
      return renderInput(def, path, value, ctx);
  }
}

function renderInput(def, path, value, ctx) {
  const draft = ctx.draft;
  const id = idOf(path);
  let input;
  if (def.kind === 'textarea') {
    input = el('textarea', { id, rows: def.rows || 3, dataset: { path } });
    input.value = value ?? '';
  } else if (def.kind === 'select' || def.kind === 'language') {
    input = el('select', { id, dataset: { path } });
    if (!def.required) {
      input.append(el('option', { value: '' }, t('form.choose')));
    }
    const options = def.kind === 'language'
      ? OUTPUT_LANGUAGES.map((code) => [code, languageName(code)])
      : OPTIONS[def.options].map((v) => [v, t('o.' + def.options + '.' + v)]);
    options.forEach(([v, label]) => input.append(el('option', { value: v }, label)));
    input.value = value ?? '';
  } else if (def.kind === 'states') {
    input = el('select', { id, multiple: true, size: 6, dataset: { path } });
    const chosen = new Set(value || []);
    (ctx.states || []).forEach((s) => {
      const option = el('option', { value: s.code }, stateName(s) + ' (' + s.code + ')');
      option.selected = chosen.has(s.code);
      input.append(option);
    });
  } else {
    const type = def.kind === 'date' ? 'date' : def.kind === 'number' ? 'number' : (def.type || 'text');
    input = el('input', { id, type, dataset: { path }, min: def.min, max: def.max, step: def.step, maxlength: def.maxlength, pattern: def.pattern });
    input.value = value ?? '';
  }
  const read = () => {
    if (def.kind === 'states') {
      return [...input.selectedOptions].map((o) => o.value);
    }
    if (def.kind === 'number') {
      return input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber;
    }
    return input.value;
  };
  const structural = def.kind === 'select' || def.kind === 'language';
  input.addEventListener(structural || def.kind === 'states' ? 'change' : 'input', () => {
    draft.set(path, read());
    if (structural) {
      ctx.rerender(id);
    }
  });
  const help = helpOf(def, path);
  describe(input, help);
  return el('div', { class: 'field' }, el('label', { for: id }, labelOf(path)), help, input);
}

function renderChoices(path, options, def, ctx, legendText) {
  const draft = ctx.draft;
  const fs = el('fieldset', { class: 'choices', dataset: { path }, id: idOf(path) });
  fs.append(el('legend', {}, legendText || labelOf(path)));
  const help = helpOf(def, path);
  if (help) {
    fs.append(help);
    fs.setAttribute('aria-describedby', help.id);
  }
  const selected = new Set(draft.get(path) || []);
  options.forEach(([value, label]) => {
    const id = idOf(path) + '-' + value.replace(/[^A-Za-z0-9]+/g, '-');
    const box = el('input', { type: 'checkbox', id, value });
    box.checked = selected.has(value);
    box.addEventListener('change', () => {
      const now = new Set(draft.get(path) || []);
      if (box.checked) {
        now.add(value);
      } else {
        now.delete(value);
      }
      draft.set(path, [...now]);
    });
    fs.append(el('div', { class: 'choice' }, box, el('label', { for: id }, label)));
  });
  return fs;
}

function renderList(def, path, ctx) {
  const draft = ctx.draft;
  const items = draft.get(path) || [];
  const fs = el('fieldset', { dataset: { path }, id: idOf(path) });
  fs.append(el('legend', {}, t('g.' + bare(path))));
  const help = helpOf(def, path);
  if (help) {
    fs.append(help);
    fs.setAttribute('aria-describedby', help.id);
  }
  if (!items.length) {
    fs.append(el('p', { class: 'help' }, t('list.empty')));
  }
  items.forEach((item, i) => {
    const itemPath = path + '[' + i + ']';
    const box = el('fieldset', { class: 'list-item', dataset: { path: itemPath }, id: idOf(itemPath) });
    const n = i + 1;
    box.append(el('legend', {}, t('item.' + def.item, { n })));
    renderFields(box, def.fields, ctx, itemPath + '.', item);
    box.append(el('p', { class: 'list-actions' }, el('button', {
      type: 'button', class: 'danger', id: idOf(itemPath) + '-remove',
      onclick: () => {
        draft.get(path).splice(i, 1);
        draft.changed();
        ctx.rerender(idOf(path) + '-add');
      },
    }, t('list.remove.' + def.item, { n }))));
    fs.append(box);
  });
  fs.append(el('p', { class: 'list-actions' }, el('button', {
    type: 'button', id: idOf(path) + '-add',
    onclick: () => {
      const list = draft.get(path) || [];
      list.push(def.newItem ? def.newItem(draft.document.type) : {});
      draft.set(path, list);
      const index = list.length - 1;
      const firstField = def.fields[0];
      ctx.rerender(idOf(path + '[' + index + '].' + firstField.path));
    },
  }, t('list.add.' + def.item))));
  return fs;
}

export function languageName(code, uiLanguage) {
  try {
    const names = new Intl.DisplayNames([uiLanguage || document.documentElement.lang || 'en'], { type: 'language' });
    return names.of(code) + ' (' + code + ')';
  } catch (e) {
    return code;
  }
}
