// The one door to the server. Everything that talks HTTP goes through request() so that sign-in and the
// CSRF token live in one small place the lead can adapt when the session API lands:
//   POST /api/session {username, password} -> 200/201 with a CSRF token (JSON field csrfToken or header X-CSRF-Token)
//   unsafe methods then send X-CSRF-Token; a 401 opens the sign-in dialog and the request is retried once.

import { t } from './i18n.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfToken = sessionStorage.getItem('mla.csrf') || null;
let signingIn = null; // one dialog for all requests that hit 401 at the same time
let singleSignOn = null; // GET /api/session/sso, asked once: {enabled, name}
// a return from the identity provider that did not sign in: the reason code, shown once in the sign-in dialog
const ssoError = takeSsoError();

/** Reads ?sso-error=<code> and removes it from the address bar, so that a reload does not show it again. */
function takeSsoError() {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('sso-error');
  if (!code) {
    return null;
  }
  url.searchParams.delete('sso-error');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  return /^sso-[a-z-]+$/.test(code) ? code : 'sso-refused';
}

/** Offers "Sign in with <provider>" in the dialog when the institution configured single sign-on. */
async function offerSingleSignOn(dialog) {
  if (!singleSignOn) {
    singleSignOn = fetch('/api/session/sso', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((res) => (res.ok ? res.json() : { enabled: false }))
      .catch(() => ({ enabled: false }));
  }
  const sso = await singleSignOn;
  const link = dialog.querySelector('#signin-sso');
  link.textContent = t('signin.sso', { name: sso.name || '' });
  link.parentElement.hidden = !sso.enabled;
}

/** Error carrying the HTTP status and the problem+json body when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

/**
 * fetch() with JSON, CSRF and sign-in. Options: method, body (object: sent as JSON; a Blob: sent as it is), headers, signal, raw (return
 * the Response instead of the parsed body). Resolves {status, headers, body}.
 */
export async function request(path, options = {}, retried = false) {
  const method = (options.method || 'GET').toUpperCase();
  const headers = new Headers(options.headers || {});
  headers.set('Accept', headers.get('Accept') || 'application/json, application/problem+json');
  // marks the call as the page's own: the server then challenges with Bearer, not Basic, so no browser password prompt
  headers.set('X-Requested-With', 'XMLHttpRequest');
  if (UNSAFE.has(method) && !csrfToken && !(method === 'POST' && path === '/api/session')) {
    await recoverCsrfToken();
  }
  let body;
  if (options.body instanceof Blob) {
    // a file sent as it is (the desk's PDF or JSON import): its own media type, its bytes untouched
    headers.set('Content-Type', options.body.type || 'application/octet-stream');
    body = options.body;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (UNSAFE.has(method) && csrfToken) {
    headers.set('X-CSRF-Token', csrfToken);
  }
  const response = await fetch(path, { method, headers, body, signal: options.signal, credentials: 'same-origin' });
  if (response.status === 401 && !retried && !path.startsWith('/api/session')) {
    await signIn();
    return request(path, options, true);
  }
  const type = response.headers.get('Content-Type') || '';
  let parsed = null;
  if (response.status !== 204 && /json/.test(type)) {
    parsed = await response.json().catch(() => null);
  }
  if (!response.ok && response.status !== 304) {
    throw new ApiError(response.status, parsed);
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/**
 * A tab opened after sign-in has the session cookie but not the token (sessionStorage is per tab): the server
 * gives it again to the session's owner.
 */
async function recoverCsrfToken() {
  const res = await fetch('/api/session', { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }, credentials: 'same-origin' });
  if (res.ok) {
    const json = await res.json().catch(() => ({}));
    if (json.csrfToken) {
      setCsrfToken(json.csrfToken);
    }
  }
}

/** Shows the sign-in dialog (index.html #signin) until POST /api/session succeeds. */
function signIn() {
  if (signingIn) {
    return signingIn;
  }
  const dialog = document.getElementById('signin');
  const form = dialog.querySelector('form');
  const error = dialog.querySelector('.signin-error');
  signingIn = new Promise((resolve, reject) => {
    const cancel = () => {
      form.removeEventListener('submit', submit);
      signingIn = null;
      reject(new ApiError(401, { title: t('signin.title') }));
    };
    dialog.addEventListener('cancel', cancel, { once: true });
    const submit = async (event) => {
      event.preventDefault();
      error.textContent = '';
      const data = new FormData(form);
      try {
        const res = await fetch('/api/session', {
          method: 'POST', credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ username: data.get('username'), password: data.get('password') }),
        });
        if (!res.ok) {
          error.textContent = t('signin.failed');
          return;
        }
        const json = await res.json().catch(() => ({}));
        setCsrfToken(res.headers.get('X-CSRF-Token') || json.csrfToken || json.csrf || null);
        form.removeEventListener('submit', submit);
        dialog.removeEventListener('cancel', cancel);
        form.reset();
        dialog.close();
        signingIn = null;
        window.dispatchEvent(new Event('mla:signed-in'));
        resolve();
      } catch (e) {
        error.textContent = e.message;
      }
    };
    form.addEventListener('submit', submit);
    if (ssoError) {
      error.textContent = t('signin.' + ssoError);
    }
    offerSingleSignOn(dialog);
    dialog.showModal();
  });
  return signingIn;
}

export function setCsrfToken(token) {
  csrfToken = token;
  if (token) {
    sessionStorage.setItem('mla.csrf', token);
  } else {
    sessionStorage.removeItem('mla.csrf');
  }
}

/** The ETag header of a response, as it is to be sent back in If-Match. */
export function etagOf(response) {
  return response.headers.get('ETag');
}

export const api = {
  states: () => request('/api/states').then((r) => r.body),
  instruments: () => request('/api/instruments').then((r) => r.body),
  legalBasis: (requesting, requested, type) => request('/api/legal-basis?' + new URLSearchParams({ requesting, requested, type })).then((r) => r.body),
  requirements: (code, type) => request('/api/states/' + encodeURIComponent(code) + '/requirements/' + encodeURIComponent(type)).then((r) => r.body),
  check: (document, lang, signal) => request('/api/checks?lang=' + encodeURIComponent(lang), { method: 'POST', body: document, signal }).then((r) => r.body),
  list: (page, size) => request('/api/requests?' + new URLSearchParams({ page, size })).then((r) => r.body),
  get: (id) => request('/api/requests/' + encodeURIComponent(id)),
  create: (document) => request('/api/requests', { method: 'POST', body: document }),
  replace: (id, etag, document) => request('/api/requests/' + encodeURIComponent(id), { method: 'PUT', body: document, headers: { 'If-Match': etag } }),
  remove: (id, etag) => request('/api/requests/' + encodeURIComponent(id), { method: 'DELETE', headers: { 'If-Match': etag } }),
  pdfUrl: (id, lang) => '/api/requests/' + encodeURIComponent(id) + '/document.pdf' + (lang ? '?lang=' + encodeURIComponent(lang) : ''),
};
