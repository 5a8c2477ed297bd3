// The draft being edited: its JSON document, a local unsent copy (localStorage) and autosave to the server
// (PUT with If-Match, debounced). A reload or a closed tab loses nothing: the unsent copy is restored on open.
import { api, etagOf } from './api.js';

const SAVE_DELAY_MS = 1000;
const LOCAL_PREFIX = 'mla.unsent.';

/** "persons[0].nationalities" -> ["persons", 0, "nationalities"] */
export function parsePath(path) {
  const parts = [];
  path.split('.').forEach((segment) => {
    const m = segment.match(/^([^[]+)((\[\d+\])*)$/);
    if (!m) {
      parts.push(segment);
      return;
    }
    parts.push(m[1]);
    (m[2].match(/\d+/g) || []).forEach((i) => parts.push(Number(i)));
  });
  return parts;
}

export function getAt(doc, path) {
  let node = doc;
  for (const key of parsePath(path)) {
    if (node === undefined || node === null) {
      return undefined;
    }
    node = node[key];
  }
  return node;
}

/** Sets a value, creating objects on the way; undefined, '' and empty arrays remove the property. */
export function setAt(doc, path, value) {
  const keys = parsePath(path);
  let node = doc;
  for (let i = 0; i < keys.length - 1; i++) {
    if (node[keys[i]] === undefined || node[keys[i]] === null) {
      node[keys[i]] = typeof keys[i + 1] === 'number' ? [] : {};
    }
    node = node[keys[i]];
  }
  const last = keys[keys.length - 1];
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty && !Array.isArray(node)) {
    delete node[last];
  } else {
    node[last] = value;
  }
}

export function localCopy(id) {
  try {
    return JSON.parse(localStorage.getItem(LOCAL_PREFIX + id));
  } catch (e) {
    return null;
  }
}

export function dropLocalCopy(id) {
  localStorage.removeItem(LOCAL_PREFIX + id);
}

/** The ids of local copies holding changes the server has not received yet. */
export function unsentCopies() {
  return Object.keys(localStorage).filter((k) => k.startsWith(LOCAL_PREFIX))
    .filter((k) => { try { return JSON.parse(localStorage.getItem(k)).dirty; } catch (e) { return false; } })
    .map((k) => k.slice(LOCAL_PREFIX.length));
}

/** Removes every local copy: after sign-out, no case data stays in this browser. */
export function forgetLocalCopies() {
  Object.keys(localStorage).filter((k) => k.startsWith(LOCAL_PREFIX)).forEach((k) => localStorage.removeItem(k));
}

/**
 * One open draft. listeners: onSaveState(state, detail) with state saving|saved|unsent|conflict|error, and
 * onReplaced() when the server's version replaced the document (412).
 */
export class Draft {
  constructor(id, etag, document, listeners = {}) {
    this.id = id;
    this.etag = etag;
    this.document = document;
    this.listeners = listeners;
    this.timer = null;
    this.saving = null;
    this.dirty = false;
    this.revision = 0;
  }

  /** Opens a stored draft; a newer unsent local copy of the same version wins and is saved. */
  static async open(id, listeners) {
    const local = localCopy(id);
    let response;
    try {
      response = await api.get(id);
    } catch (e) {
      if (local && e.status !== 404) {
        const draft = new Draft(id, local.etag, local.document, listeners);
        draft.dirty = true;
        draft.restored = 'offline';
        return draft;
      }
      throw e;
    }
    const etag = etagOf(response);
    const draft = new Draft(id, etag, response.body.document, listeners);
    if (local && local.dirty) {
      if (local.etag === etag) {
        draft.document = local.document;
        draft.restored = 'restored';
        draft.dirty = true;
        draft.scheduleSave(0);
      } else {
        draft.restored = 'stale-local';
        dropLocalCopy(id);
      }
    }
    return draft;
  }

  static async create(document) {
    const response = await api.create(document);
    return { id: response.body.id, etag: etagOf(response) };
  }

  get(path) {
    return getAt(this.document, path);
  }

  /** Every change goes through here: the local copy is written at once, the server copy a second later. */
  set(path, value) {
    setAt(this.document, path, value);
    this.changed();
  }

  changed() {
    this.revision++;
    this.dirty = true;
    this.writeLocal();
    this.emit('unsent');
    this.scheduleSave(SAVE_DELAY_MS);
  }

  writeLocal() {
    localStorage.setItem(LOCAL_PREFIX + this.id, JSON.stringify({
      id: this.id, etag: this.etag, dirty: this.dirty, document: this.document, savedAt: new Date().toISOString(),
    }));
  }

  scheduleSave(delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), delay);
  }

  /** PUT with If-Match; a 412 loads the server's version and says so. Resolves when the server has this revision. */
  async save() {
    clearTimeout(this.timer);
    if (this.saving) {
      await this.saving.catch(() => {});
    }
    if (!this.dirty) {
      return;
    }
    const revision = this.revision;
    this.emit('saving');
    this.saving = (async () => {
      try {
        const response = await this.put();
        this.etag = etagOf(response);
        if (revision === this.revision) {
          this.dirty = false;
          dropLocalCopy(this.id);
          this.emit('saved');
        } else {
          this.writeLocal();
        }
      } catch (e) {
        if (e.status === 412 || e.status === 409) {
          await this.reload();
          this.emit('conflict');
        } else if (e.status === 400) {
          this.writeLocal();
          this.emit('invalid', e.problem);
        } else {
          this.writeLocal();
          this.emit('error', e);
          this.scheduleSave(10 * SAVE_DELAY_MS);
        }
      } finally {
        this.saving = null;
      }
    })();
    return this.saving;
  }

  /** The server side of autosave; a training exercise (training-exercise.js) stores elsewhere. */
  put() {
    return api.replace(this.id, this.etag, this.document);
  }

  fetchCurrent() {
    return api.get(this.id);
  }

  async reload() {
    const response = await this.fetchCurrent();
    this.etag = etagOf(response);
    this.document = response.body.document;
    this.dirty = false;
    this.revision++;
    dropLocalCopy(this.id);
    if (this.listeners.onReplaced) {
      this.listeners.onReplaced();
    }
  }

  /** Saves now (before a preview or leaving the page). */
  flush() {
    if (this.dirty) {
      return this.save();
    }
    return this.saving || Promise.resolve();
  }

  close() {
    clearTimeout(this.timer);
    if (this.dirty) {
      this.writeLocal();
      this.save();
    }
  }

  emit(state, detail) {
    if (this.listeners.onSaveState) {
      this.listeners.onSaveState(state, detail);
    }
  }
}
