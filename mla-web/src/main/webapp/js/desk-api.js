// The central authority's desk API (/api/incoming...), through api.js request(): sign-in on 401, CSRF token,
// If-Match on every action. Each action resolves {status, headers, body} so that the caller keeps the new ETag.
import { request, etagOf } from './api.js';

const BASE = '/api/incoming';
const at = (id, tail = '') => BASE + '/' + encodeURIComponent(id) + tail;

/** Statuses of the register (RegisterStatus), in workflow order. */
export const STATUSES = ['received', 'under-review', 'additional-information-requested', 'in-execution',
  'partially-executed', 'executed', 'refused', 'postponed', 'withdrawn', 'sent'];
export const TYPES = ['mla', 'extradition', 'provisional-arrest', 'confiscation'];
export const DIRECTIONS = ['incoming', 'outgoing'];
export const DEADLINE_KINDS = ['requested', 'provisional-arrest-expiry', 'preservation-expiry', 'additional-information', 'other'];
/** The replies a central authority sends (GET /api/incoming/{id}/replies/{kind}.pdf). */
export const REPLIES = ['acknowledgement', 'additional-information', 'refusal', 'postponement'];

/** Only the non-empty filters go into the query string. */
function query(filters) {
  const params = new URLSearchParams();
  Object.entries(filters || {}).forEach(([k, v]) => {
    if (v) {
      params.set(k, v);
    }
  });
  const s = params.toString();
  return s ? '?' + s : '';
}

/**
 * Who is signed in, without opening the sign-in dialog: null when nobody is (GET /api/session answers 401).
 */
export async function whoAmI() {
  try {
    const res = await fetch('/api/session', { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' });
    if (!res.ok) {
      return null;
    }
    const json = await res.json().catch(() => null);
    return json && json.account ? json.account : null;
  } catch (e) {
    return null;
  }
}

/**
 * Who is signed in, opening the sign-in dialog if nobody is (request() leaves /api/session's own 401 alone, so a
 * desk call that needs a session is what asks for it).
 */
export async function session() {
  let account = await whoAmI();
  if (!account) {
    await request(BASE + '/statistics').catch(() => {});
    account = await whoAmI();
  }
  return account;
}

export const isOfficer = (account) => !!(account && (account.roles || []).includes('officer'));

export const desk = {
  list: (filters) => request(BASE + query(filters)).then((r) => r.body),
  importPdf: (blob, filename) => request(BASE + '?' + new URLSearchParams({ filename }),
    { method: 'POST', body: new Blob([blob], { type: 'application/pdf' }) }),
  importJson: (text) => request(BASE, { method: 'POST', body: new Blob([text], { type: 'application/json' }) }),
  registerManual: (intake, scan) => request(BASE + '/manual', { method: 'POST', body: scan ? { intake, scan } : { intake } }),
  get: (id) => request(at(id)),
  review: (id, lang) => request(at(id, '/review?lang=' + encodeURIComponent(lang))).then((r) => r.body),
  history: (id) => request(at(id, '/history')).then((r) => r.body),
  decide: (id, etag, decision) => request(at(id, '/review/decisions'), { method: 'PUT', body: decision, headers: { 'If-Match': etag } }),
  move: (id, etag, to, note) => request(at(id, '/status'), { method: 'POST', body: note ? { to, note } : { to }, headers: { 'If-Match': etag } }),
  assign: (id, etag, officer) => request(at(id, '/assignee'), { method: 'PUT', body: { officer }, headers: { 'If-Match': etag } }),
  addDeadline: (id, etag, deadline) => request(at(id, '/deadlines'), { method: 'POST', body: deadline, headers: { 'If-Match': etag } }),
  meetDeadline: (id, etag, index) => request(at(id, '/deadlines/' + index + '/met'), { method: 'POST', headers: { 'If-Match': etag } }),
  statistics: (filters) => request(BASE + '/statistics' + query(filters)).then((r) => r.body),
  originalUrl: (id) => at(id, '/original'),
  replyUrl: (id, kind, lang, note) => at(id, '/replies/' + kind + '.pdf') + '?' + new URLSearchParams(note ? { lang, note } : { lang }),
  statisticsCsvUrl: (filters) => BASE + '/statistics.csv' + query(filters),
  registerCsvUrl: (filters) => BASE + '/register.csv' + query(filters),
};

export { etagOf };

/** The API's dates are ISO (YYYY-MM-DD) or UTC timestamps without a zone; shown in the UI language. */
export function day(iso, lang) {
  if (!iso) {
    return '';
  }
  const date = new Date(/T/.test(iso) ? (/([zZ]|[+-]\d\d:?\d\d)$/.test(iso) ? iso : iso + 'Z') : iso + 'T00:00:00Z');
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const options = /T/.test(iso) ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Whether a deadline of the entry is among its overdue ones (the view lists them separately, not by index). */
export function isOverdue(entry, deadline) {
  return (entry.overdue || []).some((o) => o.kind === deadline.kind && o.date === deadline.date && (o.note || '') === (deadline.note || ''));
}

/** Reads a file as base64 (without the data: prefix). */
export function base64Of(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
