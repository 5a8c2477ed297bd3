// UI strings: i18n/<lang>.json, the same keys in every language (checked by I18nBundlesTest).

export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'zh', name: '中文', dir: 'ltr' },
];
/** Languages of the finished document (the renderer falls back to English where it has no strings yet). */
export const OUTPUT_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt', 'de'];
/** Languages the checker writes its findings in. */
const CHECK_LANGUAGES = new Set(['en', 'fr']);

let strings = {};
let fallback = {};
let current = 'en';

/** ?lang= wins, then the remembered choice, then the browser's languages, then English. */
export function initialLanguage() {
  const supported = new Set(LANGUAGES.map((l) => l.code));
  const fromQuery = new URLSearchParams(location.search).get('lang');
  if (fromQuery && supported.has(fromQuery)) {
    localStorage.setItem('mla.lang', fromQuery);
    return fromQuery;
  }
  const remembered = localStorage.getItem('mla.lang');
  if (remembered && supported.has(remembered)) {
    return remembered;
  }
  for (const l of navigator.languages || []) {
    const code = l.slice(0, 2).toLowerCase();
    if (supported.has(code)) {
      return code;
    }
  }
  return 'en';
}

async function load(lang) {
  const response = await fetch('i18n/' + lang + '.json');
  return response.json();
}

export async function setLanguage(lang) {
  const [s, f] = await Promise.all([load(lang), lang === 'en' ? null : (Object.keys(fallback).length ? fallback : load('en'))]);
  strings = s;
  fallback = lang === 'en' ? s : f;
  current = lang;
  localStorage.setItem('mla.lang', lang);
  const info = LANGUAGES.find((l) => l.code === lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = info.dir;
  translateStatic(document);
}

export function language() {
  return current;
}

export function checkLanguage() {
  return CHECK_LANGUAGES.has(current) ? current : 'en';
}

/** The string for key, with {name} placeholders filled from params; the key itself if nothing is found. */
export function t(key, params) {
  let s = strings[key] ?? fallback[key] ?? key;
  if (params) {
    s = s.replace(/\{(\w+)\}/g, (m, name) => (params[name] !== undefined ? String(params[name]) : m));
  }
  return s;
}

export function has(key) {
  return key in strings || key in fallback;
}

/** Elements of the page shell carry data-i18n (text), data-i18n-label (aria-label) or data-i18n-title. */
export function translateStatic(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
  root.querySelectorAll('[data-i18n-title]').forEach((el) => el.setAttribute('title', t(el.dataset.i18nTitle)));
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder)));
  document.title = t('app.title');
}

/** A State's name in the UI language (names map from /api/states), else English, else the code. */
export function stateName(state) {
  if (!state) {
    return '';
  }
  const names = state.names || {};
  return names[current] || names.en || Object.values(names)[0] || state.code;
}
