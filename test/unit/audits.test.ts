// The ISMS's own cycle and the certification audits: the facts rules, the calendar and the
// readiness figures read (deadlines, open and overdue findings), and what the calendar and its
// .ics export list.
import * as assert from 'node:assert/strict';
import { calendarOf } from '../../server/src/engine';
import { addMonths } from '../../server/src/engine/dates';
import { auditFindings, findingCounts, impliedResult } from '../../server/src/engine/facts/audits';
import { internalAuditsDue, technicalAuditValidUntil } from '../../server/src/engine/facts/isms';
import { calendarEvents, renderIcs } from '../../server/src/engine/ical';
import { check, cleanDeclaration, findings, TODAY, type Yaml } from './fixtures';

function declarationWith(change: (declaration: Yaml) => void) {
  const declaration = cleanDeclaration();
  change(declaration);
  return check(declaration).declaration;
}

const withFindings = (d: Yaml) => {
  d.certification.hds.audits = [{
    kind: 'stage-2',
    date: '2026-08-31',
    result: 'major-nonconformities',
    findings: [
      { id: 'NC-1', level: 'major-nonconformity', requirement: 'EXI-16', owner: 'RSSI' }, // due 30 Nov 2026 (31 Nov does not exist)
      { id: 'NC-2', level: 'minor-nonconformity', due: '2026-10-01' }, // overdue
      { id: 'NC-3', level: 'minor-nonconformity', closed: '2026-09-15' }, // closed
      { level: 'observation' }, // open, no deadline
    ],
  }];
  d.certification.hds.surveillance = [{ date: '2026-01-05', result: 'passed', findings: [{ level: 'improvement', control: '5.35', due: '2027-02-01' }] }];
};

describe('the ISMS cycle and the certification audits', () => {
  it('adds months, falling back to the last day of a shorter month', () => {
    assert.deepEqual(['2026-08-31', '2026-11-30', '2025-12-15', '2024-02-29'].map((date) => addMonths(date, 3)), ['2026-11-30', '2027-02-28', '2026-03-15', '2024-05-29']);
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('not a date', 3), undefined);
  });

  it('gives each finding its deadline: the body’s, else three months after the audit for a nonconformity', () => {
    const declaration = declarationWith(withFindings);
    assert.deepEqual(auditFindings(declaration).map((facts) => [facts.finding.id ?? facts.position, facts.audit.kind, facts.due, facts.defaultDue]), [
      ['NC-1', 'stage-2', '2026-11-30', true],
      ['NC-2', 'stage-2', '2026-10-01', false],
      ['NC-3', 'stage-2', '2026-11-30', true],
      [4, 'stage-2', undefined, false],
      [1, 'surveillance', '2027-02-01', false],
    ]);
    // Open: NC-1, NC-2, the observation and the improvement; overdue: NC-2 only.
    assert.deepEqual(findingCounts(declaration, TODAY), { open: 4, overdue: 1 });
    assert.deepEqual(findingCounts(declaration, '2026-12-01'), { open: 4, overdue: 2 });
    // A closing date after today is not closed yet.
    assert.deepEqual(findingCounts(declaration, '2026-09-01'), { open: 5, overdue: 0 });
    assert.deepEqual(findingCounts(declarationWith(() => undefined), TODAY), { open: 0, overdue: 0 });
  });

  it('reads a placeholder deadline or closing date as none', () => {
    const declaration = declarationWith((d) => { d.certification.hds.surveillance = [{ date: '2026-06-01', findings: [{ level: 'minor-nonconformity', due: 'TODO', closed: '2099-12-31' }] }]; });
    assert.deepEqual(auditFindings(declaration).map((facts) => [facts.due, facts.defaultDue]), [['2026-09-01', true]]);
    assert.deepEqual(findingCounts(declaration, TODAY), { open: 1, overdue: 1 });
  });

  it('implies the result from the gravest level listed', () => {
    assert.equal(impliedResult([]), 'passed');
    assert.equal(impliedResult([{ level: 'observation', evidence: [], at: undefined as never }]), 'passed');
    assert.equal(impliedResult([{ level: 'minor-nonconformity', evidence: [], at: undefined as never }, { level: 'major-nonconformity', evidence: [], at: undefined as never }]), 'major-nonconformities');
  });

  it('lists open findings with a deadline in the calendar, overdue first, and the ISMS cycle’s next dates; the .ics file has them too', () => {
    const declaration = declarationWith((d) => {
      withFindings(d);
      d.isms = {
        internal_audits: [{ date: '2026-02-10', covers: ['referential-conformity'] }, { date: '2026-03-01', covers: ['access-traces'] }, { date: '2027-01-20', covers: ['referential-conformity'] }],
        management_reviews: [{ date: '2026-04-01' }],
        technical_audit: { date: '2024-05-02', independent: true },
      };
    });
    const items = calendarOf(declaration, { today: TODAY, locale: 'en' });
    const ours = items.filter((item) => ['audit-finding', 'internal-audit', 'management-review', 'technical-audit'].includes(item.kind));
    assert.deepEqual(ours.map((item) => [item.kind, item.date, item.state]), [
      ['audit-finding', '2026-10-01', 'overdue'],
      ['audit-finding', '2026-11-30', 'due-soon'],
      ['internal-audit', '2027-01-20', 'due-soon'],
      ['audit-finding', '2027-02-01', 'due-soon'],
      ['internal-audit', '2027-03-01', 'upcoming'],
      ['management-review', '2027-04-01', 'upcoming'],
      ['technical-audit', '2027-05-01', 'upcoming'],
    ]);
    assert.equal(ours[0].label, 'Close the minor nonconformity ‘NC-2’ — initial audit (stage 2) of 31 August 2026');
    assert.match(ours[1].tooltip, /three months after the audit \(ANS\).*; owner: RSSI$/);
    assert.equal(ours[3].label, 'Close the opportunity for improvement ‘5.35’ — surveillance audit of 5 January 2026');
    // The planned internal audit is listed on its date, with its deadline beside it.
    assert.equal(ours[2].deadline, '2027-02-10');
    assert.match(ours[2].label, /conformity to the HDS referential$/);
    assert.match(ours[4].label, /traces of staff access/);
    assert.equal(new Set(items.map((item) => item.id)).size, items.length);
    const ics = renderIcs(calendarEvents(items, 'declaration', () => 'main.hds.yaml'), { now: new Date('2026-11-22T08:00:00Z') });
    assert.match(ics, /SUMMARY:Close the minor nonconformity ‘NC-2’/);
    assert.match(ics, /CATEGORIES:HDS,audit-finding/);
    const french = calendarOf(declaration, { today: TODAY, locale: 'fr' }).find((item) => item.kind === 'audit-finding')!;
    assert.equal(french.label, 'Lever la non-conformité mineure «\u00a0NC-2\u00a0» — audit initial (étape 2) du 31\u00a0août 2026');
  });

  it('lists a planned initial or renewal audit on its date', () => {
    const declaration = declarationWith((d) => { d.certification.hds.audits = [{ kind: 'renewal', date: '2027-03-10', body: 'LSTI' }, { kind: 'stage-2', date: '2025-12-01' }]; });
    const planned = calendarOf(declaration, { today: TODAY, locale: 'fr' }).filter((item) => item.kind === 'certification-audit');
    assert.deepEqual(planned.map((item) => [item.date, item.label]), [['2027-03-10', 'Audit de certification\u00a0: audit de renouvellement (LSTI)']]);
  });

  it('tells the internal audits due per topic, and the technical audit’s last valid day', () => {
    const declaration = declarationWith((d) => { d.isms = { internal_audits: [{ date: '2026-02-10', covers: ['referential-conformity', 'access-traces'] }, { date: 'TODO', covers: ['access-traces'] }], technical_audit: { date: '2024-02-29', independent: true } }; });
    assert.deepEqual(internalAuditsDue(declaration.isms!, TODAY).map((entry) => [entry.topic, entry.due]), [['referential-conformity', '2027-02-10'], ['access-traces', '2027-02-10']]);
    assert.equal(technicalAuditValidUntil(declaration.isms!), '2027-02-27');
    // Both topics due on the same day after the same audit: one calendar entry.
    assert.equal(calendarOf(declaration, { today: TODAY, locale: 'en' }).filter((item) => item.kind === 'internal-audit').length, 1);
  });

  it('checks a finding’s control and its closing evidence like the SoA’s', () => {
    const change = (d: Yaml) => { d.certification.hds.surveillance = [{ date: '2026-06-01', findings: [{ level: 'observation', control: '5.99', evidence: ['evidence/missing.pdf', '/etc/passwd'] }] }]; };
    const declaration = cleanDeclaration();
    change(declaration);
    assert.deepEqual(findings(declaration, 'unknown-control').map((finding) => finding.data?.id ?? finding.message), ['5.99']);
    assert.deepEqual(findings(declaration, 'evidence-not-found', { fileExists: () => false }).map((finding) => finding.data?.path), ['evidence/missing.pdf']);
    assert.equal(findings(declaration, 'evidence-outside-workspace').length, 1);
    const isms = cleanDeclaration();
    isms.isms = { management_reviews: [{ date: '2026-04-01', evidence: ['minutes.pdf'] }] };
    assert.deepEqual(findings(isms, 'evidence-not-found', { fileExists: () => false }).map((finding) => finding.data?.path), ['minutes.pdf']);
  });

  it('keeps a surveillance list without findings as it was: no finding, nothing counted', () => {
    const declaration = declarationWith((d) => { d.certification.hds.surveillance = [{ date: '2026-06-01', result: 'major-nonconformities' }]; });
    assert.deepEqual(auditFindings(declaration), []);
    assert.equal(declaration.hdsCertificate!.surveillance[0].findings, undefined);
    assert.equal(declaration.hdsCertificate!.surveillance[0].kind, 'surveillance');
  });
});
