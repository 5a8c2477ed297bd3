// One registered request (#/desk/<id>): summary and fingerprint check, the completeness review (accept or
// override each finding), grounds for refusal or postponement, the status workflow, assignment, deadlines, the
// original file, reply PDFs and the history. Every action sends If-Match; on 412 the page reloads and says so.
import { t, language, checkLanguage, OUTPUT_LANGUAGES } from './i18n.js';
import { el, arrow, languageName } from './form.js';
import { desk, etagOf, day, isOverdue, DEADLINE_KINDS, REPLIES } from './desk-api.js';
import { stateLabel, selectField, inputField, statusBadge } from './desk-ui.js';

const SEVERITIES = ['blocking', 'warning', 'advice'];

export async function renderDeskEntry(main, ctx, id) {
  let entry = null;
  let etag = null;
  let review = null;
  let history = [];
  const replyState = ctx.deskReply || (ctx.deskReply = { lang: language(), note: '' });

  async function load() {
    const [got, rev, hist] = await Promise.all([desk.get(id), desk.review(id, checkLanguage()).catch(() => null), desk.history(id).catch(() => [])]);
    entry = got.body;
    etag = etagOf(got);
    review = rev;
    history = hist || [];
  }

  /** Runs one action with the current ETag; a stale one (412) reloads the page and says so. */
  async function act(call, done, focusId) {
    try {
      const response = await call(etag);
      etag = etagOf(response);
      await load();
      render(focusId);
      ctx.notify(done);
    } catch (e) {
      if (e.status === 412) {
        await load().catch(() => {});
        render(focusId);
        ctx.notify(t('desk.changedElsewhere'), true);
      } else {
        const errors = (e.problem && e.problem.errors) || [];
        ctx.notify(t('desk.actionFailed') + ' ' + (errors.length ? errors.map((x) => x.message).join(' ') : e.message), true);
      }
    }
  }

  function render(focusId) {
    const lang = language();
    main.replaceChildren(
      el('p', {}, el('a', { href: '#/desk', id: 'desk-back' }, t('desk.back'))),
      el('h1', { id: 'desk-entry-title' }, t('desk.entry.title', { number: entry.registerNumber || entry.id })),
      fingerprint(entry),
      summary(ctx, entry, lang),
      workflow(),
      reviewSection(),
      groundsSection(),
      deadlinesSection(lang),
      assignmentSection(),
      documentsSection(),
      historySection(lang));
    const target = focusId && document.getElementById(focusId);
    if (target) {
      target.focus();
    }
  }

  function workflow() {
    const note = inputField('desk-status-note', t('desk.workflow.note'), { rows: 2, maxlength: 5000 });
    const buttons = (entry.nextStatuses || []).map((to) => el('button', {
      type: 'button', id: 'desk-move-' + to, class: to === 'refused' || to === 'withdrawn' ? 'danger' : undefined,
      onclick: () => act((tag) => desk.move(id, tag, to, note.input.value.trim()),
        t('desk.workflow.moved', { status: t('desk.status.' + to) }), 'desk-current-status'),
    }, t('desk.workflow.to', { status: t('desk.status.' + to) })));
    return el('section', { class: 'desk-card', 'aria-labelledby': 'desk-workflow-title', id: 'desk-workflow' },
      el('h2', { id: 'desk-workflow-title' }, t('desk.workflow.title')),
      el('p', { id: 'desk-current-status', tabindex: '-1' }, t('desk.workflow.current') + ' ', statusBadge(entry.status)),
      note.field,
      buttons.length ? el('div', { class: 'actions', role: 'group', 'aria-label': t('desk.workflow.moves') }, ...buttons) : el('p', {}, t('desk.workflow.none')));
  }

  function reviewSection() {
    const section = el('section', { class: 'desk-card', 'aria-labelledby': 'desk-review-title', id: 'desk-review' },
      el('h2', { id: 'desk-review-title', tabindex: '-1' }, t('desk.review.title')));
    if (!review) {
      section.append(el('p', {}, t('desk.review.unavailable')));
      return section;
    }
    const items = review.items || [];
    if (!entry.document) {
      section.append(el('p', { id: 'desk-review-count' }, t('desk.review.noDocument')));
      return section;
    }
    section.append(el('p', { id: 'desk-review-count', class: 'findings-count' }, items.length
      ? t('desk.review.count', { n: items.length, outstanding: review.outstanding }) : t('desk.review.none')));
    if (checkLanguage() !== language()) {
      section.append(el('p', { class: 'help' }, t('desk.review.language')));
    }
    let n = 0;
    SEVERITIES.forEach((severity) => {
      const group = items.filter((i) => i.finding.severity === severity);
      if (!group.length) {
        return;
      }
      section.append(el('h3', {}, t('severity.' + severity + '.plural') + ' (' + group.length + ')'));
      const ul = el('ul', { class: 'desk-findings' });
      group.forEach((item) => ul.append(finding(item, n++)));
      section.append(ul);
    });
    return section;
  }

  function finding(item, i) {
    const f = item.finding;
    const d = item.decision;
    const messageId = 'desk-finding-' + i + '-message';
    const li = el('li', { class: 'finding sev-' + f.severity, dataset: { findingId: f.id, verdict: d ? d.verdict : '' } },
      el('p', { class: 'finding-text', id: messageId, lang: checkLanguage() },
        el('span', { class: 'sev-label' }, t('severity.' + f.severity) + ': '), f.message));
    if (f.fix) {
      li.append(el('p', { class: 'fix', lang: checkLanguage() }, el('strong', {}, t('findings.fix') + ' '), f.fix));
    }
    if (f.citation) {
      const c = f.citation;
      const text = c.source + (c.pinpoint ? ', ' + c.pinpoint : '');
      li.append(el('p', { class: 'cite' }, t('findings.source') + ' ',
        c.url && /^https?:\/\//.test(c.url) ? el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, text) : el('cite', {}, text)));
    }
    if (d) {
      li.append(el('p', { class: 'desk-decision desk-decision-' + d.verdict },
        el('strong', {}, t('desk.review.' + d.verdict) + ' '),
        t('desk.review.by', { who: d.by || '', when: day(d.at, language()) }) + (d.note ? ': ' + d.note : '')));
    }
    const noteId = 'desk-finding-' + i + '-note';
    const note = el('input', { type: 'text', id: noteId, maxlength: 5000, 'aria-describedby': messageId });
    const decide = (verdict) => act((tag) => desk.decide(id, tag, {
      findingId: f.id, field: (f.fields && f.fields[0]) || undefined, verdict, note: note.value.trim() || undefined,
    }), t('desk.review.decided'), 'desk-finding-' + i + '-' + verdict);
    li.append(el('div', { class: 'desk-decide' },
      el('div', { class: 'field' }, el('label', { for: noteId }, t('desk.review.note')), note),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'desk-accept', id: 'desk-finding-' + i + '-accepted', 'aria-describedby': messageId, onclick: () => decide('accepted') }, t('desk.review.accept')),
        el('button', { type: 'button', class: 'desk-override', id: 'desk-finding-' + i + '-overridden', 'aria-describedby': messageId, onclick: () => decide('overridden') }, t('desk.review.override')))));
    return li;
  }

  function groundsSection() {
    const section = el('section', { class: 'desk-card', 'aria-labelledby': 'desk-grounds-title', id: 'desk-grounds' },
      el('h2', { id: 'desk-grounds-title' }, t('desk.grounds.title')),
      el('p', { class: 'help' }, t('desk.grounds.help')));
    const grounds = (review && review.grounds) || [];
    if (!grounds.length) {
      section.append(el('p', {}, t('desk.grounds.none')));
      return section;
    }
    const ul = el('ul', { class: 'desk-grounds' });
    grounds.forEach((g) => {
      const c = g.citation;
      ul.append(el('li', { dataset: { code: g.code } },
        el('p', {}, el('strong', {}, t('desk.ground.' + g.code) + ' '), g.status ? el('span', { class: 'status status-' + g.status }, t('desk.groundStatus.' + g.status)) : ''),
        el('p', { lang: 'en' }, g.text),
        c ? el('p', { class: 'cite' }, t('findings.source') + ' ', c.url && /^https?:\/\//.test(c.url)
          ? el('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer' }, c.source + (c.pinpoint ? ', ' + c.pinpoint : ''))
          : el('cite', {}, c.source + (c.pinpoint ? ', ' + c.pinpoint : ''))) : ''));
    });
    section.append(ul);
    return section;
  }

  function deadlinesSection(lang) {
    const section = el('section', { class: 'desk-card', 'aria-labelledby': 'desk-deadlines-title', id: 'desk-deadlines' },
      el('h2', { id: 'desk-deadlines-title' }, t('desk.deadlines.title')));
    const deadlines = entry.deadlines || [];
    if (!deadlines.length) {
      section.append(el('p', {}, t('desk.deadlines.none')));
    } else {
      const body = el('tbody', {});
      deadlines.forEach((d, i) => {
        const late = isOverdue(entry, d);
        const met = d.met || !!entry.closedOn; // closing the request meets its deadlines
        const state = met ? t('desk.deadlines.met') : late ? t('desk.deadlines.overdue') : t('desk.deadlines.open');
        body.append(el('tr', { class: late ? 'is-overdue' : undefined, dataset: { index: i, kind: d.kind } },
          el('td', {}, t('desk.deadline.kind.' + d.kind)),
          el('td', {}, el('time', { datetime: d.date }, day(d.date, lang))),
          el('td', {}, d.note || ''),
          el('td', {}, late ? el('strong', { class: 'desk-overdue' }, state) : state),
          el('td', {}, met ? '' : el('button', {
            type: 'button', id: 'desk-deadline-met-' + i, 'aria-label': t('desk.deadlines.markMetLabel', { kind: t('desk.deadline.kind.' + d.kind), date: day(d.date, lang) }),
            onclick: () => act((tag) => desk.meetDeadline(id, tag, i), t('desk.deadlines.marked'), 'desk-deadlines-title'),
          }, t('desk.deadlines.markMet')))));
      });
      section.append(el('table', { class: 'drafts desk-deadline-table' },
        el('caption', { class: 'visually-hidden' }, t('desk.deadlines.title')),
        el('thead', {}, el('tr', {}, ...['desk.deadlines.kind', 'desk.deadlines.date', 'desk.deadlines.note', 'desk.deadlines.state', 'desk.deadlines.action']
          .map((k) => el('th', { scope: 'col' }, t(k))))), body));
    }
    const kind = selectField('desk-deadline-kind', t('desk.deadlines.kind'), DEADLINE_KINDS.map((k) => [k, t('desk.deadline.kind.' + k)]),
      entry.status === 'additional-information-requested' ? 'additional-information' : 'requested');
    const date = inputField('desk-deadline-date', t('desk.deadlines.date'), { type: 'date', required: true });
    const note = inputField('desk-deadline-note', t('desk.deadlines.note'), { type: 'text', maxlength: 1000 });
    const form = el('form', { id: 'desk-deadline-form', 'aria-labelledby': 'desk-deadline-add-title' },
      el('h3', { id: 'desk-deadline-add-title' }, t('desk.deadlines.add')),
      el('div', { class: 'grid-2' }, kind.field, date.field), note.field,
      el('p', { class: 'actions' }, el('button', { type: 'submit', id: 'desk-deadline-add' }, t('desk.deadlines.addButton'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!form.reportValidity()) {
        return;
      }
      act((tag) => desk.addDeadline(id, tag, { kind: kind.select.value, date: date.input.value, note: note.input.value.trim() || undefined }),
        t('desk.deadlines.added'), 'desk-deadlines-title');
    });
    section.querySelector('h2').setAttribute('tabindex', '-1');
    section.append(form);
    return section;
  }

  function assignmentSection() {
    const who = inputField('desk-assignee', t('desk.assign.officer'), { type: 'text', maxlength: 100, autocomplete: 'off' });
    who.input.value = entry.assignee || '';
    const form = el('form', { class: 'desk-card', id: 'desk-assign', 'aria-labelledby': 'desk-assign-title' },
      el('h2', { id: 'desk-assign-title' }, t('desk.assign.title')),
      el('p', {}, entry.assignee ? t('desk.assign.current', { who: entry.assignee }) : t('desk.assign.nobody')),
      who.field,
      el('p', { class: 'actions' },
        el('button', { type: 'submit', id: 'desk-assign-submit' }, t('desk.assign.submit')),
        el('button', { type: 'button', id: 'desk-assign-me', onclick: () => { who.input.value = ctx.officer.username; form.requestSubmit(); } }, t('desk.assign.me'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const officer = who.input.value.trim();
      if (!officer) {
        who.input.focus();
        return;
      }
      act((tag) => desk.assign(id, tag, officer), t('desk.assign.done', { who: officer }), 'desk-assignee');
    });
    return form;
  }

  function documentsSection() {
    const section = el('section', { class: 'desk-card', 'aria-labelledby': 'desk-documents-title', id: 'desk-documents' },
      el('h2', { id: 'desk-documents-title' }, t('desk.documents.title')));
    if (entry.original) {
      const o = entry.original;
      section.append(el('p', {}, el('a', { href: desk.originalUrl(id), id: 'desk-original', download: o.name || 'original' },
        t('desk.documents.original', { name: o.name || 'original' })),
      ' ', el('span', { class: 'help' }, t('desk.documents.size', { kb: Math.max(1, Math.round((o.size || 0) / 1024)) }))));
      if (o.sha256) {
        section.append(el('p', { class: 'help desk-hash' }, t('desk.documents.sha256') + ' ', el('code', {}, o.sha256)));
      }
    } else {
      section.append(el('p', {}, t('desk.documents.noOriginal')));
    }
    const langSelect = selectField('desk-reply-lang', t('desk.replies.language'), OUTPUT_LANGUAGES.map((c) => [c, languageName(c)]), replyState.lang);
    const note = inputField('desk-reply-note', t('desk.replies.note'), { rows: 2, maxlength: 2000 }, t('desk.replies.noteHelp'));
    note.input.value = replyState.note;
    const links = REPLIES.map((kind) => el('li', {}, el('a', { id: 'desk-reply-' + kind, class: 'button', target: '_blank', rel: 'noopener' }, t('desk.replies.' + kind))));
    const update = () => {
      replyState.lang = langSelect.select.value;
      replyState.note = note.input.value;
      REPLIES.forEach((kind, i) => links[i].firstChild.setAttribute('href', desk.replyUrl(id, kind, replyState.lang, replyState.note.trim())));
    };
    langSelect.select.addEventListener('change', update);
    note.input.addEventListener('input', update);
    update();
    section.append(el('h3', {}, t('desk.replies.title')), el('p', { class: 'help' }, t('desk.replies.help')),
      el('div', { class: 'grid-2' }, langSelect.field, note.field), el('ul', { class: 'desk-replies' }, ...links));
    return section;
  }

  function historySection(lang) {
    const section = el('section', { class: 'desk-card', 'aria-labelledby': 'desk-history-title', id: 'desk-history' },
      el('h2', { id: 'desk-history-title' }, t('desk.history.title')));
    if (!history.length) {
      section.append(el('p', {}, t('desk.history.none')));
      return section;
    }
    const body = el('tbody', {});
    history.forEach((h) => body.append(el('tr', { dataset: { action: h.action } },
      el('td', {}, el('time', { datetime: h.at }, day(h.at, lang))),
      el('td', {}, h.actor || ''),
      el('td', {}, t('desk.action.' + h.action)),
      el('td', {}, h.from || h.to ? [h.from ? t('desk.status.' + h.from) : '', h.from && h.to ? arrow() : '', h.to ? t('desk.status.' + h.to) : ''].join('') : ''),
      el('td', {}, h.note || ''))));
    section.append(el('table', { class: 'drafts desk-history-table' },
      el('caption', { class: 'visually-hidden' }, t('desk.history.title')),
      el('thead', {}, el('tr', {}, ...['desk.history.at', 'desk.history.actor', 'desk.history.action', 'desk.history.status', 'desk.history.note']
        .map((k) => el('th', { scope: 'col' }, t(k))))), body));
    return section;
  }

  main.replaceChildren(el('p', { class: 'loading' }, t('app.loading')));
  try {
    await load();
  } catch (e) {
    main.replaceChildren(el('p', {}, el('a', { href: '#/desk' }, t('desk.back'))), el('h1', {}, t('desk.title')),
      el('p', { class: 'notice is-error' }, (e.status === 404 ? t('desk.notFound') : t('error.load')) + ' ' + e.message));
    return;
  }
  render();
}

function fingerprint(entry) {
  const check = entry.fingerprintCheck || 'not-applicable';
  const mismatch = check === 'mismatch';
  return el('div', { id: 'desk-fingerprint', class: 'desk-fingerprint desk-fingerprint-' + check, dataset: { check }, role: mismatch ? 'alert' : undefined },
    el('p', {}, el('strong', {}, t('desk.fingerprint.' + check))),
    el('p', { class: 'help' }, t('desk.fingerprint.' + check + '.help')),
    entry.fingerprint ? el('p', { class: 'help desk-hash' }, t('desk.fingerprint.label') + ' ', el('code', {}, entry.fingerprint)) : '');
}

function summary(ctx, e, lang) {
  const doc = e.document || {};
  const rows = [
    ['desk.col.number', e.registerNumber],
    ['desk.col.direction', t('desk.direction.' + e.direction)],
    ['desk.summary.source', e.source ? t('desk.source.' + e.source) : ''],
    ['desk.col.received', day(e.receivedOn, lang)],
    ['desk.summary.requesting', stateLabel(ctx, e.requestingState) + (e.requestingState ? ' (' + e.requestingState + ')' : '')],
    ['desk.summary.requested', stateLabel(ctx, e.requestedState) + (e.requestedState ? ' (' + e.requestedState + ')' : '')],
    ['desk.summary.requestingAuthority', doc.requestingAuthority && doc.requestingAuthority.name],
    ['desk.col.type', e.type ? t('type.' + e.type) : ''],
    ['desk.summary.reference', e.theirReference],
    ['desk.col.subject', e.subject || doc.title],
    ['desk.col.status', statusBadge(e.status)],
    ['desk.col.assignee', e.assignee],
    ['desk.summary.closed', e.closedOn ? day(e.closedOn, lang) : ''],
    ['desk.summary.handlingDays', e.handlingDays !== undefined && e.handlingDays !== null ? String(e.handlingDays) : ''],
  ].filter(([, v]) => v !== undefined && v !== null && v !== '');
  return el('section', { class: 'desk-card', 'aria-labelledby': 'desk-summary-title', id: 'desk-entry-summary' },
    el('h2', { id: 'desk-summary-title' }, t('desk.summary.title')),
    el('dl', { class: 'desk-summary' }, ...rows.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, v)])));
}
