// The sidebar's coverage, computed from the same model and findings as the diagnostics.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDeclaration, computeCoverage, type CheckOptions, type Finding, type Location } from '../../server/src/engine';
import type { DeclarationCoverage } from '../../server/src/protocol';
import { coverageSummary, presentCoverage } from '../../server/src/services/coverageView';
import { riskEvents } from '../../server/src/engine/catalog';
import { check, cleanDeclaration, REPO, TODAY, type Files } from './fixtures';

/** Checks the declaration written directly in `folder` (not its subfolders). */
function coverageOfFolder(folder: string, options: Partial<CheckOptions> = {}): { coverage: DeclarationCoverage; findings: Finding[] } {
  const documents = fs.readdirSync(folder).filter((name) => name.endsWith('.hds.yaml')).map((name) => ({ uri: pathToFileURL(path.join(folder, name)).href, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const fileExists = (uri: string) => fs.existsSync(fileURLToPath(uri));
  const result = checkDeclaration(documents, { today: TODAY, locale: 'en', workspaceRoot: pathToFileURL(folder).href, fileExists, ...options });
  return { coverage: presentCoverage(computeCoverage(result.declaration, result.findings, { today: TODAY }), options.locale ?? 'en'), findings: result.findings };
}

function coverageOf(files: Files, options: Partial<CheckOptions> = {}): { coverage: DeclarationCoverage; findings: Finding[] } {
  const result = check(files, options);
  return { coverage: presentCoverage(computeCoverage(result.declaration, result.findings, { today: TODAY }), options.locale ?? 'en'), findings: result.findings };
}

/** The text a location points at, e.g. to see that a click lands on the right line. */
function lineAt(location: Location | undefined): string {
  assert.ok(location, 'has a location');
  return fs.readFileSync(fileURLToPath(location.uri), 'utf8').split(/\r?\n/)[location.range.start.line];
}

describe('coverage', () => {
  describe('of the complete example', () => {
    const { coverage } = coverageOfFolder(path.join(REPO, 'examples'));

    it('lists the six activities in legal order, all covered, and no problem', () => {
      assert.deepEqual(coverage.activities.map((activity) => `${activity.label}: ${activity.state}`), [
        '1. Physical sites: covered',
        '2. Hardware infrastructure: covered',
        '3. Virtual infrastructure: covered',
        '4. Application hosting platform: covered',
        '5. Administration and operation of the information system: covered',
        '6. Health data backup: covered',
      ]);
      assert.equal(coverage.activitiesCovered, 6);
      assert.equal(coverage.activitiesInScope, 6);
      assert.deepEqual(coverage.counts, { errors: 0, warnings: 0, information: 0, hints: 0, accepted: 0 });
      assert.equal(coverage.organization, 'Exemple Santé SAS');
    });

    it('says "not answered" where an actor is silent, and the warning lands on its row', () => {
      const declaration = cleanDeclaration();
      delete declaration.subcontractors[0].remote_access;
      delete declaration.host;
      const { coverage: silent } = coverageOf(declaration);
      const dc = silent.subcontractors[0];
      assert.deepEqual(dc.answers, { remoteAccess: 'missing', laws: 'none', secnumcloud: 'declared' });
      const details = Object.fromEntries(dc.details.map((detail) => [detail.kind, detail]));
      assert.equal(details['remote-access'].description, 'not answered');
      assert.equal(details['remote-access'].state, 'warning');
      assert.equal(silent.host!.state, 'warning');
      assert.deepEqual(silent.host!.answers, { remoteAccess: 'missing', laws: 'missing', secnumcloud: 'missing' });
    });

    it('says who provides each activity and whether their certificate covers it, until when', () => {
      const physical = coverage.activities[0];
      assert.equal(physical.provision, 'subcontracted');
      assert.equal(physical.description, 'Subcontracted to dc-nord, coffre-fort');
      assert.deepEqual(physical.providers.map((provider) => [provider.id, provider.certificate, provider.covers, provider.expires]), [
        ['dc-nord', 'HDS-2024-0042', true, '2029-06-30'],
        ['coffre-fort', 'HDS-2025-0310', true, '2028-11-15'],
      ]);
      const backup = coverage.activities[5];
      // Backup is run in-house and its copies kept by a provider: both are providers, each covered.
      assert.equal(backup.provision, 'in-house-and-subcontracted');
      assert.equal(backup.description, 'In-house and subcontracted to coffre-fort');
      assert.deepEqual(backup.providers.map((provider) => [provider.kind, provider.id, provider.covers]), [['organization', undefined, true], ['subcontractor', 'coffre-fort', true]]);
      assert.equal(backup.providers[0].description, 'certificate ‘HDS-2025-0117’ covers it, until 2 February 2028');
      assert.match(backup.tooltip!, /Provided in-house and covered by the organisation’s HDS certificate/);
    });

    it('lists the risks that concern each activity, and lands clicks on the right lines', () => {
      assert.deepEqual(coverage.activities[0].risks.map((risk) => risk.id), ['R-01']);
      assert.match(lineAt(coverage.activities[0].location), /^\s+physical-sites:/);
      assert.ok(coverage.activities[0].location!.uri.endsWith('/examples/declaration.hds.yaml'));
      assert.match(lineAt(coverage.activities[0].risks[0].location), /id: R-01/);
      assert.ok(coverage.activities[0].risks[0].location!.uri.endsWith('/examples/risks.hds.yaml'));
      assert.match(lineAt(coverage.location), /^hds: 2/);
    });

    it('covers the 13 EXI-05 events, each with the risks that cover it', () => {
      assert.equal(coverage.riskEvents.length, 13);
      assert.ok(coverage.riskEvents.every((event) => event.covered));
      const h = coverage.riskEvents.find((event) => event.id === 'H')!;
      assert.deepEqual(h.risks.map((risk) => risk.id), ['R-13']);
      assert.match(lineAt(h.location), /id: R-13/);
    });

    it('shows the presentation of guarantees of each subcontractor', () => {
      assert.deepEqual(coverage.subcontractors.map((subcontractor) => subcontractor.id), ['dc-nord', 'coffre-fort', 'support-sgbd', 'astreinte-ops']);
      const [dcNord, , support, onCall] = coverage.subcontractors;
      assert.deepEqual(dcNord.certificate, { number: 'HDS-2024-0042', body: 'AFNOR Certification', activities: ['physical-sites', 'hardware'], expires: '2029-06-30', status: 'valid' });
      // La Réunion is an outermost region: part of France and of the EU, so in the EEA.
      assert.deepEqual(dcNord.storageCountries, [{ code: 'FR', name: 'France', inEea: true }, { code: 'RE', name: 'La Réunion', inEea: true }]);
      assert.equal(dcNord.state, 'ok');
      assert.deepEqual(dcNord.answers, { remoteAccess: 'none', laws: 'none', secnumcloud: 'declared' });
      assert.deepEqual(support.answers, { remoteAccess: 'declared', laws: 'declared', secnumcloud: 'declared' });
      assert.equal(onCall.underHostSupervision, true);
      assert.equal(onCall.state, 'ok');
      assert.match(onCall.description!, /under the host’s supervision/);
      assert.equal(support.certificate, undefined);
      assert.deepEqual(support.remoteAccess.map((access) => `${access.from}:${access.basis}`), ['CH:adequacy', 'US:scc']);
      assert.deepEqual(support.laws.map((law) => law.law), ['US CLOUD Act']);
      const details = Object.fromEntries(support.details.map((detail) => [detail.kind, detail]));
      assert.equal(details['remote-access'].description, 'CH, US');
      assert.deepEqual(details['remote-access'].children.map((child) => child.label), ['From Switzerland (CH)', 'From United States (US)']);
      assert.equal(details.law.children[0].description, 'mitigations, residual risks and customer information declared');
      assert.equal(details.secnumcloud.description, 'no');
      assert.match(lineAt(dcNord.location), /id: dc-nord/);
    });

    it('shows the host’s own row first: its access from Tunisia, its exposure to US law', () => {
      const host = coverage.host!;
      assert.equal(host.kind, 'host');
      assert.equal(host.label, 'Host — Exemple Santé SAS');
      assert.equal(host.certificate?.number, 'HDS-2025-0117');
      assert.deepEqual(host.activities, ['virtual-infrastructure', 'application-platform', 'administration', 'backup']);
      assert.deepEqual(host.remoteAccess.map((access) => `${access.from}:${access.basis}`), ['TN:scc']);
      assert.deepEqual(host.answers, { remoteAccess: 'declared', laws: 'declared', secnumcloud: 'declared' });
      const details = Object.fromEntries(host.details.map((detail) => [detail.kind, detail]));
      assert.deepEqual(details['remote-access'].children.map((child) => child.label), ['From Tunisia (TN)']);
      assert.match(details.law.description!, /US CLOUD Act/);
      assert.match(lineAt(host.location), /^host:/);
    });
  });

  it('marks a finding an exception accepts, in the views that list it, with its end date', () => {
    const declaration = cleanDeclaration();
    declaration.subcontractors[0].certificate.expires = '2026-12-01';
    declaration.exceptions = [{ rule: 'certificate-expiring', target: 'dc', justification: 'Renewal audit booked for November.', approved_by: 'Claire Martin, RSSI', until: '2026-12-15' }];
    const { coverage } = coverageOf(declaration, { locale: 'fr' });
    const dc = coverage.subcontractors[0];
    assert.deepEqual(dc.findings.map((finding) => [finding.code, finding.severity, finding.accepted, finding.description]), [
      ['certificate-expiring', 'information', { until: '2026-12-15', approvedBy: 'Claire Martin, RSSI' }, 'certificate-expiring · accepté jusqu’au 15\u00a0décembre 2026'],
    ]);
    assert.equal(coverage.counts.accepted, 1);
    assert.equal(coverage.counts.information, 0);
  });

  describe('of the broken example', () => {
    const { coverage, findings } = coverageOfFolder(path.join(REPO, 'examples', 'broken'));

    it('marks an event missing exactly when risk-event-uncovered reports it', () => {
      const reported = findings.filter((finding) => finding.code === 'risk-event-uncovered').map((finding) => finding.data?.event);
      assert.deepEqual(coverage.riskEvents.filter((event) => !event.covered).map((event) => event.id), reported);
      assert.equal(coverage.riskEventsCovered, riskEvents.length - reported.length);
      assert.ok(reported.length > 0);
    });

    it('marks every activity with an error about it as a gap, and says why', () => {
      assert.deepEqual(coverage.activities.map((activity) => activity.state), ['gap', 'gap', 'gap', 'gap', 'gap', 'gap']);
      const hardware = coverage.activities[1];
      assert.deepEqual(hardware.findings.map((finding) => finding.code), ['subcontractor-uncertified']);
      assert.match(hardware.tooltip!, /Not covered: ‘nuage’ performs Hardware infrastructure but no HDS certificate is declared/);
      assert.equal(hardware.providers[0].description, 'no HDS certificate');
      const physical = coverage.activities[0];
      assert.deepEqual(physical.providers.map((provider) => [provider.id, provider.declared]), [['dc-sud', false], ['dc-sud1', true]]);
      assert.ok(physical.findings.some((finding) => finding.code === 'unknown-subcontractor'));
      // The own certificate expired, and its initial audit left a major nonconformity open: in-house activities are not covered, whatever else holds.
      const virtual = coverage.activities[2];
      assert.deepEqual(virtual.findings.map((finding) => finding.code).sort(), ['activity-not-certified', 'audit-finding-overdue', 'audit-finding-overdue', 'audit-result-mismatch', 'hds-certificate-expired', 'hds-certificate-validity', 'hds-referential-v1', 'numeric-activity', 'surveillance-audit-overdue', 'surveillance-audit-overdue']);
      const backup = coverage.activities[5];
      assert.deepEqual(backup.findings.map((finding) => finding.code).sort(), ['hds-referential-v1', 'subcontractor-certificate-expired', 'subcontractor-certificate-scope']);
      assert.equal(coverage.activitiesCovered, 0);
    });

    it('counts the findings by severity, as the Problems panel does, and the accepted ones apart', () => {
      assert.equal(coverage.counts.errors, findings.filter((finding) => finding.severity === 'error').length);
      assert.equal(coverage.counts.warnings, findings.filter((finding) => finding.severity === 'warning').length);
      assert.equal(coverage.counts.information, findings.filter((finding) => finding.severity === 'information' && !finding.accepted).length);
      assert.ok(coverage.counts.errors > 0);
      // examples/broken accepts the missing evidence/roles.pdf on record.
      assert.equal(coverage.counts.accepted, 1);
      const summary = coverageSummary([coverage], 'en');
      assert.match(summary.label, /^0\/6 · SoA \d+\/93 decided · \d+ errors · 1 accepted$/);
      assert.match(summary.tooltip, / · SoA: \d+\/93 Annex A controls decided · 1 accepted on record \(exceptions\)$/);
      assert.match(coverageSummary([coverage], 'fr').label, / · 1\u00a0accepté$/);
    });

    it('marks an accepted finding, with its end date', () => {
      const finding = findings.find((candidate) => candidate.accepted)!;
      assert.equal(finding.code, 'evidence-not-found');
      assert.equal(finding.severity, 'information');
      assert.match(finding.message, / — accepted by Claire Martin, RSSI until 30 June 2027, because The roles are signed on paper; the auditor sees them on site\.$/);
    });

    it('flags the subcontractors whose guarantees fall short', () => {
      const archiv = coverage.subcontractors.find((subcontractor) => subcontractor.id === 'archiv')!;
      assert.equal(archiv.certificate?.status, 'expired');
      assert.equal(archiv.state, 'error');
      const dcSud1 = coverage.subcontractors.find((subcontractor) => subcontractor.id === 'dc-sud1')!;
      assert.equal(dcSud1.certificate?.status, 'expiring');
      const storage = dcSud1.details.find((detail) => detail.kind === 'storage')!;
      assert.deepEqual(storage.children.map((child) => `${child.label} ${child.state}`), ['France (FR) ok', 'Switzerland (CH) error']);
    });

    it('speaks French', () => {
      const french = coverageOfFolder(path.join(REPO, 'examples', 'broken'), { locale: 'fr' }).coverage;
      assert.equal(french.activities[0].label, '1. Sites physiques');
      assert.equal(french.activities[1].description, 'Sous-traitée à nuage');
      assert.match(french.activities[1].tooltip!, /Non couverte\u00a0: « nuage » réalise/);
      assert.equal(french.riskEvents.find((event) => !event.covered)!.description, 'Aucun risque ne le couvre');
    });
  });

  describe('of variations of a clean declaration', () => {
    it('counts activities not provided as out of scope, not as gaps', () => {
      const { coverage } = coverageOf(cleanDeclaration());
      assert.deepEqual(coverage.activities.map((activity) => activity.state), ['covered', 'covered', 'out-of-scope', 'covered', 'covered', 'out-of-scope']);
      assert.equal(coverage.activitiesInScope, 4);
      assert.equal(coverage.activitiesCovered, 4);
      assert.equal(coverage.activities[2].description, 'Out of scope');
      assert.deepEqual(coverage.activities[2].providers, []);
    });

    it('follows the rules’ severities: a rule turned off does not open a gap', () => {
      const declaration = cleanDeclaration();
      declaration.certification.hds.activities = ['application-platform'];
      const administration = (rules?: CheckOptions['rules']) => coverageOf(declaration, { rules }).coverage.activities.find((activity) => activity.id === 'administration')!;
      assert.equal(administration().state, 'gap');
      assert.equal(administration().providers[0].covers, false);
      assert.equal(administration({ 'activity-not-certified': 'off' }).state, 'covered');
    });

    it('opens a gap when a subcontractor’s certificate has expired', () => {
      const declaration = cleanDeclaration();
      declaration.subcontractors[0].certificate.expires = '2026-01-01';
      const { coverage } = coverageOf(declaration);
      assert.equal(coverage.activities[0].state, 'gap');
      assert.deepEqual(coverage.activities[0].providers.map((provider) => [provider.covers, provider.expired]), [[false, true]]);
    });

    it('shows an activity the scope forgets as a gap, undeclared', () => {
      const declaration = cleanDeclaration();
      delete declaration.scope.activities.backup;
      const backup = coverageOf(declaration).coverage.activities[5];
      assert.equal(backup.provision, 'undeclared');
      assert.equal(backup.state, 'gap');
    });

    it('survives half-typed and ill-typed declarations', () => {
      const inputs: Files[] = [
        { 'main.hds.yaml': 'hds: 2\nscope:\n  activities:\n    hardware: { provided: subcontr' },
        { hds: 2, scope: 'everything', risks: { id: 'R' }, subcontractors: [1, null, { id: 7, certificate: 'yes', storage_countries: 'FR', remote_access: [1], third_country_laws: 'x' }] },
        { 'main.hds.yaml': '\u0000\u0001', 'other.hds.yaml': ':\u00a0:\u00a0:' },
        { hds: 2, scope: { activities: { 3: null, 9: {}, backup: { provided: 'subcontracted', by: [null, 'ghost'] } } }, risks: [{ scenario: 'Z', activities: [null] }] },
      ];
      for (const input of inputs) {
        const { coverage } = coverageOf(input);
        assert.equal(coverage.activities.length, 6);
        assert.equal(coverage.riskEvents.length, 13);
      }
    });
  });

  describe('facts in the engine, words in the presenter', () => {
    const folder = path.join(REPO, 'examples', 'broken');
    const factsOf = (locale: 'en' | 'fr') => {
      const documents = fs.readdirSync(folder).filter((name) => name.endsWith('.hds.yaml')).map((name) => ({ uri: pathToFileURL(path.join(folder, name)).href, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
      const result = checkDeclaration(documents, { today: TODAY, locale, workspaceRoot: pathToFileURL(folder).href, fileExists: (uri) => fs.existsSync(fileURLToPath(uri)) });
      return computeCoverage(result.declaration, result.findings, { today: TODAY });
    };

    it('computes the same facts whatever the language of the check, but for the checker’s own messages', () => {
      const withoutMessages = (facts: unknown) => JSON.parse(JSON.stringify(facts, (key, value: unknown) => (key === 'message' ? undefined : value)));
      const [en, fr] = [factsOf('en'), factsOf('fr')];
      assert.ok(en.activities.some((entry) => entry.findings.length > 0), 'the broken example has findings about activities');
      assert.notDeepEqual(en.activities.flatMap((entry) => entry.findings.map((finding) => finding.message)), fr.activities.flatMap((entry) => entry.findings.map((finding) => finding.message)));
      assert.deepEqual(withoutMessages(en), withoutMessages(fr));
    });

    it('puts one set of facts into either language', () => {
      const facts = factsOf('en');
      const [en, fr] = [presentCoverage(facts, 'en'), presentCoverage(facts, 'fr')];
      assert.deepEqual(en.activities.map((entry) => [entry.id, entry.state]), fr.activities.map((entry) => [entry.id, entry.state]));
      assert.equal(en.subcontractors[0].details[0].kind, 'certificate');
      assert.match(en.subcontractors[0].details[0].label, /^(HDS certificate|No HDS certificate)/);
      assert.match(fr.subcontractors[0].details[0].label, /^(Certificat HDS|Aucun certificat HDS)/);
      assert.deepEqual(en.calendar.map((item) => item.id), fr.calendar.map((item) => item.id));
      assert.notEqual(en.calendar[0].description, fr.calendar[0].description);
    });
  });

  it('sums declarations up for the status bar, in both languages', () => {
    const clean = coverageOf(cleanDeclaration()).coverage;
    const broken = coverageOfFolder(path.join(REPO, 'examples', 'broken')).coverage;
    assert.equal(coverageSummary([clean], 'en').label, '4/4 · no errors');
    const decided = 93 + broken.soa.decided;
    assert.ok(broken.soa.decided < 93);
    assert.equal(coverageSummary([clean, broken], 'en').label, `4/10 · SoA ${decided}/186 decided · ${broken.counts.errors} errors · 1 accepted`);
    assert.equal(coverageSummary([clean, broken], 'fr').label, `4/10 · DdA ${decided}/186 tranchées · ${broken.counts.errors}\u00a0erreurs · 1\u00a0accepté`);
    assert.match(coverageSummary([clean], 'en').tooltip, /4 of 4 activities in scope covered · 13\/13 EXI-05 risk events covered/);
    // Counts agree with their number: "1 warning", not "1 warnings".
    const oneWarning = { ...clean, counts: { ...clean.counts, warnings: 1 } };
    assert.match(coverageSummary([oneWarning], 'en').tooltip, / · no errors · 1 warning · SoA: 93\/93 Annex A controls decided$/);
    assert.match(coverageSummary([oneWarning], 'fr').tooltip, / · aucune erreur · 1\u00a0avertissement · DdA\u00a0: 93\/93 mesures de l’annexe A tranchées$/);
    assert.match(coverageSummary([clean], 'en').tooltip, / · 0 warnings · SoA: 93\/93 Annex A controls decided$/);
  });

  it('never shows green while an SoA entry is undecided: listed is not decided', () => {
    const declaration = cleanDeclaration();
    declaration.soa[0].applicable = 'TODO';
    declaration.soa[1] = { control: declaration.soa[1].control, applicable: false, justification: 'N/A' };
    const { coverage } = coverageOf(declaration);
    assert.deepEqual(coverage.soa, { decided: 91, total: 93 });
    assert.equal(coverageSummary([coverage], 'en').label, '4/4 · SoA 91/93 decided · 2 errors');
    assert.equal(coverageSummary([coverage], 'fr').label, '4/4 · DdA 91/93 tranchées · 2\u00a0erreurs');
  });
});
