// Small building blocks shared by the desk's pages: labelled fields, status badges, State names.
import { t, stateName } from './i18n.js';
import { el } from './form.js';

/** A State's name from the reference list, else its code. */
export function stateLabel(ctx, code) {
  const state = (ctx.states || []).find((s) => s.code === code);
  return state ? stateName(state) : (code || '');
}

/** A labelled select; options are [value, label] pairs; the first one is "any" when anyLabel is given. */
export function selectField(id, label, options, value, anyLabel) {
  const select = el('select', { id, name: id });
  if (anyLabel) {
    select.append(el('option', { value: '' }, anyLabel));
  }
  options.forEach(([v, text]) => select.append(el('option', { value: v }, text)));
  select.value = value || '';
  return { field: el('div', { class: 'field' }, el('label', { for: id }, label), select), select };
}

export function inputField(id, label, attrs = {}, help) {
  const helpNode = help ? el('p', { class: 'help', id: id + '-help' }, help) : null;
  const input = el(attrs.rows ? 'textarea' : 'input', { id, name: id, 'aria-describedby': helpNode ? helpNode.id : undefined, ...attrs });
  return { field: el('div', { class: 'field' }, el('label', { for: id }, label), helpNode, input), input };
}

export const statusBadge = (status) => el('span', { class: 'desk-status desk-status-' + status, dataset: { status } }, t('desk.status.' + status));

