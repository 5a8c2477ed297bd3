// What the workspace asks, step by step, per cooperation type. Each field names its JSON path in the request
// document (RequestDocument v2, /api/schema/request); labels are i18n keys "f.<path without indexes>", help texts
// "h.<same>", options "o.<set>.<value>". The form renderer (form.js) turns these into inputs bound to the draft.

export const TYPES = ['mla', 'extradition', 'provisional-arrest', 'confiscation'];

/** The requested State's requirements are recorded for three cooperation types; provisional arrest reads extradition. */
export function requirementsType(type) {
  return type === 'provisional-arrest' ? 'extradition' : type;
}

export const OPTIONS = {
  nature: ['investigation', 'prosecution', 'judicial-proceedings'],
  measure: ['taking-evidence', 'service-of-documents', 'search-and-seizure', 'freezing', 'examining-objects-and-sites',
    'information-and-expert-evaluations', 'records', 'tracing-proceeds', 'voluntary-appearance', 'video-hearing',
    'temporary-transfer', 'electronic-evidence', 'other'],
  dataCategory: ['subscriber', 'traffic', 'content'],
  role: ['person-sought', 'suspect', 'accused', 'sentenced', 'witness', 'victim', 'expert', 'account-holder',
    'detained-person', 'property-holder', 'other'],
  channel: ['central-authority', 'diplomatic', 'direct-judicial', 'interpol', 'email', 'online-portal', 'post', 'police'],
  transnational: ['several-states', 'directed-from-another-state', 'group-active-in-several-states',
    'substantial-effects-elsewhere', 'evidence-or-proceeds-in-requested-state'],
  extraditionPurpose: ['prosecution', 'enforcement'],
  assurance: ['death-penalty', 'life-imprisonment', 'speciality', 're-extradition', 'fair-trial', 'torture',
    'retrial-after-absentia', 'no-special-court', 'other'],
  action: ['identify-trace-freeze', 'domestic-order', 'enforce-order', 'disposal'],
  asset: ['bank-account', 'real-estate', 'vehicle', 'vessel-or-aircraft', 'company-shares', 'securities', 'cash',
    'virtual-assets', 'valuables', 'other'],
};

const text = (path, extra = {}) => ({ path, kind: 'text', ...extra });
const area = (path, extra = {}) => ({ path, kind: 'textarea', ...extra });
const check = (path, extra = {}) => ({ path, kind: 'checkbox', ...extra });
const date = (path, extra = {}) => ({ path, kind: 'date', ...extra });
const number = (path, extra = {}) => ({ path, kind: 'number', ...extra });
const select = (path, options, extra = {}) => ({ path, kind: 'select', options, ...extra });
const checks = (path, options, extra = {}) => ({ path, kind: 'checkboxes', options, ...extra });
const group = (path, fields, extra = {}) => ({ path, kind: 'group', fields, ...extra });
const list = (path, item, fields, extra = {}) => ({ path, kind: 'list', item, fields, ...extra });

const authority = (path, full) => group(path, [
  text('name', { help: true }), text('functions'),
  ...(full ? [area('address', { rows: 2 }), text('contactPerson'), text('email', { type: 'email' }), text('phone', { type: 'tel' })] : []),
], { help: true });

const decision = (path) => group(path, [
  text('issuedBy'), date('date'), text('reference'), check('enforceable'), check('inAbsentia'), check('annexed'),
], { help: true });

const offences = list('offences', 'offence', [
  text('name', { help: true }), text('legalProvision'), area('provisionText', { rows: 4, help: true }),
  number('maximumPenalty.years', { min: 0, max: 200 }), check('maximumPenalty.lifeImprisonment'),
  check('maximumPenalty.deathPenalty', { help: true }), text('maximumPenalty.description'),
], { help: true });

const measures = list('measures', 'measure', [
  select('type', 'measure', { required: true }),
  area('description', { rows: 4, help: true }),
  text('location', { help: true }),
  area('particularProcedure', { rows: 3, help: true }),
  checks('dataCategories', 'dataCategory', { when: (item) => item.type === 'electronic-evidence' }),
  area('identifiers', { rows: 2, when: (item) => item.type === 'electronic-evidence' }),
  check('preservationFirst', { when: (item) => item.type === 'electronic-evidence', help: true }),
  check('personConsents', { when: (item) => item.type === 'temporary-transfer' || item.type === 'video-hearing', help: true }),
  area('reason', { rows: 2, when: (item) => item.type === 'video-hearing', help: true }),
], { help: true, newItem: () => ({ type: 'taking-evidence' }) });

const persons = list('persons', 'person', [
  select('role', 'role', { required: true }), text('name'), text('otherNames'), date('dateOfBirth'), text('placeOfBirth'),
  { path: 'nationalities', kind: 'states', help: true }, text('identityDocument'), text('location'),
  area('description', { rows: 3, help: true }),
], { help: true, newItem: (type) => ({ role: type === 'mla' ? 'suspect' : type === 'confiscation' ? 'property-holder' : 'person-sought' }) });

const extraditionCore = (withSentence) => [
  select('extradition.purpose', 'extraditionPurpose', { help: true }),
  decision('extradition.warrant'),
  { ...decision('extradition.judgment'), when: (doc) => doc.extradition?.purpose === 'enforcement' },
  ...(withSentence ? [group('extradition.sentence', [number('imposedMonths', { min: 0, max: 2400 }),
    number('remainingMonths', { min: 0, max: 2400 }), check('life'), text('note')],
  { when: (doc) => doc.extradition?.purpose === 'enforcement', help: true })] : []),
];

const sought = {
  mla: [measures, area('purpose', { rows: 3, help: true })],
  extradition: [
    ...extraditionCore(true),
    group('extradition.limitation', [text('provision'), date('expiresOn'), text('note')], { help: true }),
    list('extradition.assurances', 'assurance', [select('type', 'assurance', { required: true }), area('text', { rows: 2 })],
      { help: true, newItem: () => ({ type: 'speciality' }) }),
    area('extradition.evidenceSummary', { rows: 5, help: true }),
  ],
  'provisional-arrest': [
    group('provisionalArrest', [check('undertakingToRequestExtradition', { help: true }), date('arrestedOn'), area('note', { rows: 2 })], { help: true }),
    ...extraditionCore(false),
  ],
  confiscation: [
    checks('confiscation.actions', 'action', { help: true }),
    list('confiscation.assets', 'asset', [select('kind', 'asset', { required: true }), area('description', { rows: 2 }),
      text('location'), text('holder'), number('estimatedValue', { min: 0, step: 'any' }), text('currency', { maxlength: 3, pattern: '[A-Z]{3}' })],
    { help: true, newItem: () => ({ kind: 'bank-account' }) }),
    group('confiscation.order', [text('court'), date('date'), text('reference'), check('enforceable'), check('nonConvictionBased'),
      number('amount', { min: 0, step: 'any' }), text('currency', { maxlength: 3, pattern: '[A-Z]{3}' }), area('extent', { rows: 2 }), check('annexed')], { help: true }),
    area('confiscation.linkToOffence', { rows: 4, help: true }),
    area('confiscation.thirdPartyRights', { rows: 2, help: true }),
    group('confiscation.disposal', [check('returnRequested'), check('victimsCompensation'), check('assetSharing'), area('note', { rows: 2 })], { help: true }),
    area('purpose', { rows: 3, help: true }),
  ],
};

/** The steps in order; "review" also shows the findings, the preview and the download. */
export function steps(type) {
  return [
    { id: 'parties', fields: [text('title', { help: true }), authority('requestingAuthority', true), authority('conductingAuthority', false),
      group('signatory', [text('name'), text('title'), text('place'), date('date')])] },
    { id: 'case', fields: [group('proceedings', [select('nature', 'nature'), area('subjectMatter', { rows: 2, help: true }), text('caseReference')], { help: true }),
      area('facts', { rows: 8, help: true }), offences] },
    { id: 'sought', fields: sought[type] || sought.mla },
    { id: 'persons', fields: [persons] },
    { id: 'basis', fields: [
      { path: 'legalBasis.instruments', kind: 'instruments', help: true },
      check('legalBasis.reciprocity', { help: true }), area('legalBasis.note', { rows: 2 }),
      group('transmission', [select('channel', 'channel', { help: true }), area('addressee', { rows: 2, help: true })], { help: true }),
      group('scope', [check('organizedCriminalGroup', { help: true }), check('conventionOffence', { help: true }),
        checks('transnational', 'transnational', { help: true })], { help: true }),
      group('urgency', [check('urgent'), area('reason', { rows: 2 }), date('deadline')], { help: true }),
      group('confidentiality', [check('required'), area('reason', { rows: 2 })], { help: true }),
      group('furtherUse', [check('requested'), area('proceedings', { rows: 2 })], { help: true }),
      list('annexes', 'annex', [text('title', { required: true }), text('description')], { help: true, newItem: () => ({ title: '' }) }),
    ] },
    { id: 'review', fields: [{ path: 'language', kind: 'language', required: true, help: true }] },
  ];
}

/** Which step shows a finding's field path ("persons[0].nationalities" -> "persons"); review when none. */
export function stepOf(type, path) {
  const bare = path.replace(/\[\d+\]/g, '');
  let best = null;
  let bestLength = -1;
  for (const step of steps(type)) {
    for (const root of roots(step.fields, '')) {
      if ((bare === root || bare.startsWith(root + '.') || root.startsWith(bare + '.')) && root.length > bestLength) {
        best = step.id;
        bestLength = root.length;
      }
    }
  }
  return best || 'review';
}

function roots(fields, prefix) {
  return fields.map((f) => prefix + f.path);
}

/** A blank request of the given type between two States, in the document's own shape. */
export function blankDocument(type, requestingState, requestedState, language) {
  const doc = { schemaVersion: 2, type, requestingState, requestedState, language: language || 'en' };
  if (type === 'mla') {
    doc.measures = [{ type: 'taking-evidence' }];
  }
  if (type === 'extradition' || type === 'provisional-arrest') {
    doc.extradition = { purpose: 'prosecution' };
    doc.persons = [{ role: 'person-sought' }];
  }
  if (type === 'provisional-arrest') {
    doc.provisionalArrest = {};
    doc.urgency = { urgent: true };
  }
  if (type === 'confiscation') {
    doc.confiscation = { actions: [], assets: [{ kind: 'bank-account' }] };
  }
  return doc;
}
