import type { SectionName } from '../declaration';
import { defineRule, quoted } from '../rule';

/** Sections every declaration needs; `transfers` and `subcontractors` only matter when used. */
const required: { section: SectionName; requirement: string }[] = [
  { section: 'hds', requirement: 'EXI-01' },
  { section: 'organization', requirement: 'EXI-01' },
  { section: 'certification', requirement: 'EXI-01' },
  { section: 'scope', requirement: 'EXI-04' },
  { section: 'soa', requirement: 'ISO/IEC 27001 6.1.3 d)' },
  { section: 'risks', requirement: 'EXI-05' },
  { section: 'contract', requirement: 'EXI-17..EXI-28' },
];

export default defineRule({
  code: 'missing-section',
  severity: 'error',
  docs: {
    en: 'The declaration, over all its files, has the sections hds, organization, certification, scope, soa, risks and contract.',
    fr: 'La déclaration, sur l’ensemble de ses fichiers, comporte les sections hds, organization, certification, scope, soa, risks et contract.',
  },
  messages: {
    missing: { en: 'The declaration has no {section} section in any of its files.', fr: "La déclaration n’a de section {section} dans aucun de ses fichiers." },
  },
  check({ declaration, report }) {
    const usable = declaration.files.filter((file) => file.value !== undefined);
    if (usable.length === 0) return;
    // The file that holds `hds:` is the declaration's main file; missing sections are reported there.
    const main = declaration.sections.get('hds')?.[0]?.file ?? usable[0];
    for (const { section, requirement } of required) {
      if (declaration.sections.has(section)) continue;
      report({ messageId: 'missing', at: { file: main, path: [] }, requirement, args: { section: quoted(section) }, data: { section } });
    }
  },
});
