// Who is signed in, and what they can do about their own account: change the password, sign out.
import { request, setCsrfToken, ApiError } from './api.js';
import { t } from './i18n.js';
import { whoAmI } from './desk-api.js';
import { unsentCopies, forgetLocalCopies } from './draft.js';
import { confirmDialog } from './drafts.js';

/** Shows the signed-in user in the header, or hides the account area when nobody is signed in. */
export async function updateAccount() {
  const current = await whoAmI();
  const box = document.getElementById('account');
  box.hidden = !current;
  if (current) {
    document.getElementById('account-name').textContent = t('account.signedInAs', { name: current.displayName || current.username });
  }
}

async function signOut() {
  const unsent = unsentCopies().length;
  if (unsent && !(await confirmDialog(t('account.unsent', { count: unsent })))) {
    return;
  }
  try {
    await request('/api/session', { method: 'DELETE' });
  } catch (e) {
    // signed out already (the session expired): the result is the same
  }
  setCsrfToken(null);
  forgetLocalCopies();
  // a fresh page: nothing of the previous user stays in memory
  window.location.assign(window.location.pathname);
}

const dialog = document.getElementById('password-dialog');
const form = dialog.querySelector('form');
const error = dialog.querySelector('.password-error');
const fieldOf = { currentPassword: form.elements.current, newPassword: form.elements.next };

function clearErrors() {
  error.textContent = '';
  [form.elements.current, form.elements.next, form.elements.repeat].forEach((f) => f.removeAttribute('aria-invalid'));
}

function fail(field, message) {
  error.textContent = message;
  field.setAttribute('aria-invalid', 'true');
  field.focus();
}

/** The server's field errors in the page's language (the API words them in English). */
function explain(error) {
  if (error.field === 'currentPassword') {
    return t('account.wrongCurrent');
  }
  if (error.field === 'newPassword') {
    return /differ/.test(error.message) ? t('account.same') : t('account.tooShort');
  }
  return error.message;
}

function closePassword() {
  form.reset();
  clearErrors();
  dialog.close();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors();
  const next = form.elements.next.value;
  if (next.length < 12 || next.length > 128) {
    fail(form.elements.next, t('account.tooShort'));
    return;
  }
  if (next !== form.elements.repeat.value) {
    fail(form.elements.repeat, t('account.mismatch'));
    return;
  }
  try {
    await request('/api/session/password', { method: 'PUT', body: { currentPassword: form.elements.current.value, newPassword: next } });
    closePassword();
    document.getElementById('notice').textContent = t('account.changed');
  } catch (e) {
    const first = e instanceof ApiError && e.problem && e.problem.errors && e.problem.errors[0];
    fail(first && fieldOf[first.field] ? fieldOf[first.field] : form.elements.current, first ? explain(first) : e.message);
  }
});
dialog.querySelector('.password-cancel').addEventListener('click', closePassword);
dialog.addEventListener('close', () => { form.reset(); clearErrors(); });

document.getElementById('account-signout').addEventListener('click', signOut);
document.getElementById('account-password').addEventListener('click', () => dialog.showModal());
// api.js announces a sign-in made through its dialog
window.addEventListener('mla:signed-in', updateAccount);
