// A complete starter declaration: every section, the six activities, a risk per EXI-05 event,
// the 93 Annex A controls and the eleven contract clauses, ready to be filled in.
import { activities, contractClauseIds, controls, requirement, riskEvents } from './catalog';
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
    fr: '# Déclaration HDS v2. Complétez les valeurs marquées TODO ; HDS Studio vérifie le reste pendant la saisie.',
  },
  organization: { en: 'TODO Organisation name', fr: "TODO Nom de l'organisation" },
  scope: {
    en: '# For each activity: in-house, subcontracted (with by: [subcontractor ids]) or not-provided.',
    fr: '# Pour chaque activité : in-house, subcontracted (avec by: [identifiants des sous-traitants]) ou not-provided.',
  },
  soa: { en: '# Statement of Applicability: the 93 controls of ISO/IEC 27001:2022 Annex A.', fr: "# Déclaration d'applicabilité : les 93 mesures de l'annexe A de l'ISO/IEC 27001:2022." },
  risks: { en: '# Risk analysis: one risk per EXI-05 event to start with.', fr: "# Analyse de risques : un risque par événement EXI-05 pour commencer." },
  subcontractors: { en: '# Subcontractors that perform HDS activities, with their HDS certificates.', fr: '# Sous-traitants réalisant des activités HDS, avec leurs certificats HDS.' },
  contract: { en: '# Where the hosting contract covers each clause (article, annex).', fr: "# Où le contrat d'hébergement traite chaque clause (article, annexe)." },
  clause: { en: 'TODO section of the contract', fr: 'TODO article du contrat' },
  risk: { en: 'TODO describe the risk', fr: 'TODO décrire le risque' },
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
    '  iso27001:',
    '    number: TODO',
    '    expires: 2099-12-31 # TODO',
    '    covers_hds_scope: true',
    '',
    'scope:',
    text.scope[locale],
    '  activities:',
    ...activities.map((activity) => `    ${`${activity.id}:`.padEnd(24)}{ provided: not-provided }  # ${activity.number}. ${activity.name[locale]}`),
    '  storage: []',
    '',
    text.contract[locale],
    'contract:',
    ...contractClauseIds.map((id) => `  ${id}: ${quote(text.clause[locale])}  # ${requirement(id)!.title[locale]}`),
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
