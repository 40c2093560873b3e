// A clean declaration to start every rule test from, and helpers to check variations of it.
import * as path from 'node:path';
import { stringify } from 'yaml';
import { answeredRequirementIds, contractClauseIds, controls, riskEvents } from '../../server/src/engine/catalog';
import { decodeDeclaration } from '../../server/src/readText';
import { checkDeclaration, type CheckOptions, type CheckResult, type Finding, type SourceDocument, type UnreadFile } from '../../server/src/engine';

export const TODAY = '2026-11-22';
export const ROOT = 'file:///workspace/declaration';
/** The repository checkout (tests run from out/test/unit). */
export const REPO = path.resolve(__dirname, '../../..');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Yaml = any;

/** A complete declaration that passes every rule on TODAY. Each call returns a fresh copy. */
export function cleanDeclaration(): Yaml {
  return {
    hds: 2,
    organization: { name: 'Clinique Test SAS', siren: '123456789' },
    certification: {
      hds: { body: 'LSTI', number: 'HDS-1', issued: '2026-01-01', expires: '2028-01-01', referential: 2, activities: ['application-platform', 'administration'] },
      iso27001: { number: 'ISO-1', expires: '2028-06-30', covers_hds_scope: true },
    },
    scope: {
      activities: {
        'physical-sites': { provided: 'subcontracted', by: ['dc'] },
        hardware: { provided: 'subcontracted', by: ['dc'] },
        'virtual-infrastructure': { provided: 'not-provided' },
        'application-platform': { provided: 'in-house' },
        administration: { provided: 'in-house' },
        backup: { provided: 'not-provided' },
      },
      storage: [{ site: 'paris-1', country: 'FR', operator: 'dc' }],
    },
    soa: controls.map((control) => ({ control: control.id, applicable: true, status: 'implemented' })),
    risks: riskEvents.map((event, index) => ({
      id: `R-${String(index + 1).padStart(2, '0')}`,
      scenario: event.id,
      title: `Risk for event ${event.id}`,
      activities: ['administration'],
      likelihood: 1,
      impact: 2,
      treatment: 'reduce',
      controls: ['5.15'],
    })),
    subcontractors: [
      {
        id: 'dc',
        name: 'Datacentre SAS',
        activities: ['physical-sites', 'hardware'],
        certificate: { number: 'HDS-DC', activities: ['physical-sites', 'hardware'], expires: '2029-01-01' },
        storage_countries: ['FR'],
        // The chapter 8 answers: none is an answer.
        remote_access: 'none',
        third_country_laws: 'none',
        secnumcloud: false,
        role: 'Hosting of the servers',
      },
    ],
    contract: Object.fromEntries(contractClauseIds.map((id) => [id, `Contract, clause ${id}`])),
    // Last, so that the lines above stay where the rule tests expect them. EXI-31: due even without any transfer.
    transfers: { public_page: 'https://clinique-test.fr/hds/transferts' },
    host: { remote_access: 'none', third_country_laws: 'none', secnumcloud: false },
    requirements: Object.fromEntries(answeredRequirementIds.map((id) => [id, { status: 'met', owner: 'RSSI', reviewed: '2026-10-01' }])),
  };
}

/** A file the caller did not read (readText.ts): a symbolic link, a device, or too large. */
export class Unread {
  constructor(readonly unread: UnreadFile) {}
}

/** A declaration given as one object (one file), or as files named relative to ROOT. */
export type Files = Yaml | Record<`${string}.hds.yaml`, Yaml | string | Uint8Array | Unread>;

export function documentsOf(files: Files): SourceDocument[] {
  const entries = Object.keys(files).every((name) => name.endsWith('.hds.yaml')) && Object.keys(files).length > 0
    ? Object.entries(files as Record<string, Yaml | string>)
    : [['main.hds.yaml', files] as [string, Yaml]];
  return entries.map(([name, content]) => {
    const uri = `${ROOT}/${name}`;
    // Bytes are decoded as the server and the command line read a file from disk.
    if (content instanceof Uint8Array) return { uri, ...decodeDeclaration(content) };
    if (content instanceof Unread) return { uri, text: '', unread: content.unread };
    return { uri, text: typeof content === 'string' ? content : stringify(content) };
  });
}

export function check(files: Files, options: Partial<CheckOptions> = {}): CheckResult {
  return checkDeclaration(documentsOf(files), { today: TODAY, locale: 'en', workspaceRoot: ROOT, ...options });
}

export function findings(files: Files, code: string, options: Partial<CheckOptions> = {}): Finding[] {
  return check(files, options).findings.filter((finding) => finding.code === code);
}

/** The clean declaration split as a team would: main file, SoA, risks and subcontractors apart. */
export function splitDeclaration() {
  const declaration = cleanDeclaration();
  const { soa, risks, subcontractors, ...main } = declaration;
  return { main, soa: { soa }, risks: { risks }, subcontractors: { subcontractors } };
}
