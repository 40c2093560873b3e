// A complete starter declaration: every section, the six activities, a risk per EXI-05 event,
// the 93 Annex A controls, the twelve contract clauses every contract has and the requirements
// register, ready to be filled in.
import { activities, answeredRequirementIds, checkingOf, contractClauseIds, controls, requirement, riskEvents } from './catalog';
import type { Locale } from './types';

export interface StarterOptions {
  locale: Locale;
  organization?: string;
  /** Split into declaration, soa, risks and subcontractors files (as most teams keep it). */
  split?: boolean;
}

const text = {
  header: {
    en: '# HDS v2 declaration. Fill in the values marked TODO; HDS Studio checks the rest as you type.',
    fr: '# Déclaration HDS v2. Complétez les valeurs marquées TODO\u00a0; HDS Studio vérifie le reste pendant la saisie.',
  },
  organization: { en: 'TODO Organisation name', fr: 'TODO Nom de l’organisation' },
  scope: {
    en: '# For each activity: in-house, subcontracted (with `by: [subcontractor ids]`) or not-provided.',
    fr: '# Pour chaque activité\u00a0: in-house, subcontracted (avec `by: [identifiants des sous-traitants]`) ou not-provided.',
  },
  soa: { en: '# Statement of Applicability: the 93 controls of ISO/IEC 27001:2022 Annex A.', fr: '# Déclaration d’applicabilité\u00a0: les 93 mesures de l’annexe A de l’ISO/IEC 27001:2022.' },
  risks: { en: '# Risk analysis: one risk per EXI-05 event to start with.', fr: '# Analyse de risques\u00a0: un risque par événement EXI-05 pour commencer.' },
  subcontractors: { en: '# Subcontractors that perform HDS activities, with their HDS certificates.', fr: '# Sous-traitants réalisant des activités HDS, avec leurs certificats HDS.' },
  contract: { en: '# Where the hosting contract covers each clause (article, annex).', fr: '# Où le contrat d’hébergement traite chaque clause (article, annexe).' },
  clause: { en: 'TODO section of the contract', fr: 'TODO article du contrat' },
  requirements: {
    en: '# Requirements register: the requirements no rule can check. Status met, partial or not-met, with evidence, owner and review date.',
    fr: '# Registre des exigences : celles qu’aucune règle ne peut vérifier. Statut met, partial ou not-met, avec preuves, responsable et date de revue.',
  },
  audits: {
    en: '# audits: the initial audit (stage-1, stage-2) and renewal audits, e.g. `- { kind: stage-2, date: YYYY-MM-DD, result: passed, findings: [] }`',
    fr: '# audits\u00a0: l’audit initial (stage-1, stage-2) et les audits de renouvellement, par ex. `- { kind: stage-2, date: AAAA-MM-JJ, result: passed, findings: [] }`',
  },
  isms: {
    en: '# The ISMS’s own cycle: when it started running, its internal audits (EXI-16), management reviews (ISO/IEC 27001 9.3) and the independent technical audit (EXI-15).',
    fr: '# Le cycle propre du SMSI\u00a0: sa mise en fonctionnement, ses audits internes (EXI-16), ses revues de direction (ISO/IEC 27001 9.3) et l’audit technique indépendant (EXI-15).',
  },
  started: { en: 'date the ISMS started running (YYYY-MM-DD)', fr: 'date de mise en fonctionnement du SMSI (AAAA-MM-JJ)' },
  internalAudits: { en: 'EXI-16: at least yearly, on the referential and on the traces of staff access', fr: 'EXI-16\u00a0: au moins une fois par an, sur le référentiel et sur les traces d’accès du personnel' },
  managementReviews: { en: 'ISO/IEC 27001 9.3: at least yearly', fr: 'ISO/IEC 27001 9.3\u00a0: au moins une fois par an' },
  technicalAudit: { en: 'EXI-15: of the shared resources, by an independent auditor, less than three years old', fr: 'EXI-15\u00a0: des ressources mutualisées, par un auditeur indépendant, de moins de trois ans' },
  host: {
    en: [
      '# The host\'s own row of the presentation of guarantees (chapter 8): uncomment and answer.',
      '# "none" is an answer; until there is one, a warning asks for it.',
      '# host:',
      '#   remote_access: none       # EXI-29: or the access from outside the EEA, e.g. - { from: TN, basis: scc, customer_informed: "contract clause" }',
      '#   third_country_laws: none  # EXI-30: or each non-European law, with mitigations, residual_risks and customer_informed',
      '#   secnumcloud: false        # or true, or { services: [the qualified services] }',
    ],
    fr: [
      '# La ligne de l’hébergeur dans la présentation des garanties (chapitre 8)\u00a0: décommentez et répondez.',
      '# « none » est une réponse\u00a0; tant qu’il n’y en a pas, un avertissement la demande.',
      '# host:',
      '#   remote_access: none       # EXI-29\u00a0: ou les accès depuis l’extérieur de l’EEE, par ex. - { from: TN, basis: scc, customer_informed: "clause du contrat" }',
      '#   third_country_laws: none  # EXI-30\u00a0: ou chaque loi extra-européenne, avec mitigations, residual_risks et customer_informed',
      '#   secnumcloud: false        # ou true, ou { services: [les services qualifiés] }',
    ],
  },
  transfers: {
    en: '# EXI-31: the public page on transfers, due in every declaration: it maps them, or states there are none.',
    fr: '# EXI-31\u00a0: la page publique des transferts, due dans toute déclaration\u00a0: elle les cartographie, ou indique qu’il n’y en a aucun.',
  },
  transfersPage: { en: 'https://TODO.example/hds/transfers', fr: 'https://TODO.exemple/hds/transferts' },
  risk: { en: 'TODO describe the risk', fr: 'TODO décrire le risque' },
  issued: { en: '# TODO date of issue: the three-year cycle starts there', fr: '# TODO date de délivrance\u00a0: le cycle de trois ans part de là' },
  surveillance: { en: '# one audit a year: `- { date: YYYY-MM-DD, result: passed }`', fr: '# un audit par an\u00a0: `- { date: AAAA-MM-JJ, result: passed }`' },
  edition: { en: '# 2013-edition certificates lapsed after 31 October 2025', fr: '# les certificats à l’édition 2013 ont cessé d’être valables après le 31 octobre 2025' },
  likelihood: { en: '1 (rare) to 4 (almost certain)', fr: 'de 1 (rare) à 4 (quasi certaine)' },
  impact: { en: '1 (minor) to 4 (critical)', fr: 'de 1 (mineur) à 4 (critique)' },
  treatment: { en: 'reduce, accept, avoid or transfer', fr: 'reduce, accept, avoid ou transfer' },
  controls: { en: 'the Annex A controls that treat it', fr: 'les mesures de l’annexe A qui le traitent' },
};

export function starterDeclaration(options: StarterOptions): Record<string, string> {
  const { locale } = options;
  const quote = (value: string) => JSON.stringify(value);
  const main = [
    text.header[locale],
    'hds: 2',
    '',
    'organization:',
    `  name: ${quote(options.organization ?? text.organization[locale])}`,
    '',
    'certification:',
    '  hds:',
    '    body: TODO',
    '    number: TODO',
    '    expires: 2099-12-31 # TODO',
    '    referential: 2',
    '    activities: []',
    `    # issued: YYYY-MM-DD  ${text.issued[locale]}`,
    `    surveillance: []  ${text.surveillance[locale]}`,
    `    ${text.audits[locale]}`,
    '  iso27001:',
    '    number: TODO',
    `    edition: 2022  ${text.edition[locale]}`,
    '    expires: 2099-12-31 # TODO',
    '    covers_hds_scope: true',
    '',
    'scope:',
    text.scope[locale],
    '  activities:',
    ...activities.map((activity) => `    ${`${activity.id}:`.padEnd(24)}{ provided: not-provided }  # ${activity.number}. ${activity.name[locale]}`),
    '  storage: []',
    '',
    ...text.host[locale],
    '',
    text.transfers[locale],
    'transfers:',
    `  public_page: ${text.transfersPage[locale]}`,
    '',
    text.contract[locale],
    'contract:',
    ...contractClauseIds.map((id) => `  ${id}: ${quote(text.clause[locale])}  # ${requirement(id)!.title[locale]}`),
    '',
    text.requirements[locale],
    'requirements:',
    // Whether each is met only the organisation can say: until then, each counts as unanswered.
    // Not those the rules check from the isms: section below (EXI-16, from its internal audits).
    ...answeredRequirementIds.filter((id) => checkingOf(requirement(id)!, new Set(['isms'])).checkedBy === 'answer').map((id) => `  ${id}: { status: TODO, evidence: [], owner: TODO }  # ${requirement(id)!.title[locale]}`),
    '',
    text.isms[locale],
    'isms:',
    // Dates only the organisation knows: until written, none counts as done.
    `  started: TODO  # ${text.started[locale]}`,
    `  internal_audits:  # ${text.internalAudits[locale]}`,
    '    - { date: TODO, covers: [referential-conformity, access-traces], evidence: [] }',
    `  management_reviews:  # ${text.managementReviews[locale]}`,
    '    - { date: TODO, evidence: [] }',
    `  technical_audit: { date: TODO, auditor: TODO, independent: TODO }  # ${text.technicalAudit[locale]}`,
    '',
  ];
  const soa = [
    text.soa[locale],
    'soa:',
    // Applicable or not, and where it stands, only the user can say.
    ...controls.map((control) => `  - { control: ${quote(control.id)}, applicable: TODO }  # ${control.title[locale]}`),
    '',
  ];
  const risks = [
    text.risks[locale],
    'risks:',
    ...riskEvents.flatMap((event, index) => [
      `  - id: R-${String(index + 1).padStart(2, '0')}`,
      `    scenario: ${event.id}  # ${event.title[locale]}`,
      `    title: ${quote(text.risk[locale])}`,
      '    activities: []',
      // Only the risk owner can assess a risk: until these are answered it covers no event.
      `    likelihood: TODO  # ${text.likelihood[locale]}`,
      `    impact: TODO  # ${text.impact[locale]}`,
      `    treatment: TODO  # ${text.treatment[locale]}`,
      `    controls: [TODO]  # ${text.controls[locale]}`,
    ]),
    '',
  ];
  const subcontractors = [text.subcontractors[locale], 'subcontractors: []', ''];
  if (options.split) {
    return {
      'declaration.hds.yaml': main.join('\n'),
      'soa.hds.yaml': soa.join('\n'),
      'risks.hds.yaml': risks.join('\n'),
      'subcontractors.hds.yaml': subcontractors.join('\n'),
    };
  }
  return { 'declaration.hds.yaml': [...main, ...soa, ...risks, ...subcontractors].join('\n') };
}
