// Generated declarations for the benchmarks: plausible content (block-style SoA, many risks and
// subcontractors) of about `lines` lines, as one file or split over several.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { controls, riskEvents, activities, eeaCountryCodes, contractClauseIds } = require(path.join(REPO, 'out/server/src/engine/catalog.js'));

const pad = (n, width = 3) => String(n).padStart(width, '0');

/** The declaration's top-level sections, each as its lines, in the order they are written. */
export function generateSections(targetLines) {
  const subcontractorCount = Math.max(4, Math.min(150, Math.round(targetLines / 70)));
  const main = ['# Generated for the benchmark', 'hds: 2', 'organization:', '  name: Bench Santé SAS', '  siren: "552100554"', 'certification:', '  hds:',
    '    body: LSTI', '    number: HDS-1', '    expires: 2028-02-02', '    referential: 2', '    activities: [virtual-infrastructure, application-platform, administration, backup]',
    '  iso27001:', '    number: ISO-1', '    expires: 2029-09-30', '    covers_hds_scope: true', 'scope:', '  activities:',
    '    physical-sites: { provided: subcontracted, by: [sub-001, sub-002], sites: [site-001] }', '    hardware: { provided: subcontracted, by: [sub-001] }',
    '    virtual-infrastructure: { provided: in-house }', '    application-platform: { provided: in-house }', '    administration: { provided: in-house }', '    backup: { provided: in-house }', '  storage:'];
  for (let i = 1; i <= 40; i++) main.push(`    - { site: site-${pad(i)}, country: ${eeaCountryCodes[i % eeaCountryCodes.length]}, city: City ${i}, operator: sub-${pad(1 + (i % subcontractorCount))} }`);
  main.push('transfers:', '  public_page: https://bench.example.fr/hds/transfers', 'contract:');
  for (const id of contractClauseIds) main.push(`  ${id}: "Contract, art. ${id.slice(4)}"`);
  const soa = ['soa:'];
  for (const control of controls) soa.push(`  - control: "${control.id}"`, '    applicable: true', '    status: implemented', '    owner: RSSI', '    evidence: []');
  const subcontractors = ['subcontractors:'];
  for (let i = 1; i <= subcontractorCount; i++) {
    subcontractors.push(`  - id: sub-${pad(i)}`, `    name: Subcontractor ${i} SAS`, '    role: Hosting of racks', '    activities: [physical-sites, hardware]', '    certificate:',
      '      body: AFNOR', `      number: HDS-${pad(i)}`, '      activities: [physical-sites, hardware]', '      expires: 2029-06-30', '    storage_countries: [FR]', '    secnumcloud: false');
  }
  const risks = [];
  const riskLines = Math.max(9 * riskEvents.length, targetLines - main.length - soa.length - subcontractors.length - 1);
  for (let i = 1; risks.length < riskLines; i++) {
    const event = riskEvents[i % riskEvents.length];
    risks.push(`  - id: R-${pad(i, 5)}`, `    scenario: ${event.id}`, `    title: Risk number ${i} for event ${event.id}`,
      `    activities: [${activities[i % activities.length].id}]`, `    likelihood: ${1 + (i % 4)}`, `    impact: ${1 + ((i + 1) % 4)}`, '    treatment: reduce',
      `    controls: ["${controls[i % controls.length].id}", "${controls[(i * 7) % controls.length].id}"]`);
  }
  return { main, soa, subcontractors, risks };
}

/** One file holding every section. */
export function singleFile(targetLines) {
  const { main, soa, subcontractors, risks } = generateSections(targetLines);
  return [{ name: 'declaration.hds.yaml', text: [...main, ...soa, ...subcontractors, 'risks:', ...risks].join('\n') + '\n' }];
}

/** The same declaration over `count` files: the main file, the SoA, the subcontractors, the risks in the rest. */
export function splitFiles(targetLines, count = 20) {
  const { main, soa, subcontractors, risks } = generateSections(targetLines);
  const files = [
    { name: 'declaration.hds.yaml', text: main.join('\n') + '\n' },
    { name: 'soa.hds.yaml', text: soa.join('\n') + '\n' },
    { name: 'subcontractors.hds.yaml', text: subcontractors.join('\n') + '\n' },
  ];
  const riskFiles = count - files.length;
  const perFile = Math.ceil(risks.length / 8 / riskFiles) * 8; // whole risks (8 lines each)
  for (let i = 0; i < riskFiles; i++) {
    const part = risks.slice(i * perFile, (i + 1) * perFile);
    files.push({ name: `risks-${pad(i + 1, 2)}.hds.yaml`, text: ['risks:', ...(part.length ? part : ['  []']).map((line) => line)].join('\n').replace('risks:\n  []', 'risks: []') + '\n' });
  }
  return files;
}
