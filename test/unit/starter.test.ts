import * as assert from 'node:assert/strict';
import { starterDeclaration } from '../../server/src/engine';
import { check } from './fixtures';

describe('starter declaration', () => {
  for (const split of [false, true]) {
    for (const locale of ['en', 'fr'] as const) {
      it(`is a complete declaration (${split ? 'split' : 'one file'}, ${locale}) whose every answer is still to decide`, () => {
        const files = starterDeclaration({ locale, split });
        const result = check(files as Record<`${string}.hds.yaml`, string>, { locale });
        const declaration = result.declaration;
        assert.equal(declaration.activities.length, 6);
        assert.equal(declaration.soa.length, 93);
        assert.equal(declaration.risks.length, 13);
        assert.equal(declaration.contract.length, 12);
        // The certification calendar's keys are there, to be filled in.
        assert.deepEqual(declaration.hdsCertificate?.surveillance, []);
        assert.equal(declaration.isoCertificate?.edition?.value, 2022);
        assert.match(files['declaration.hds.yaml'] ?? files['main.hds.yaml'] ?? Object.values(files)[0], /# issued: YYYY-MM-DD {2}# TODO/);
        // Nothing structural is wrong; what remains is what the user must decide.
        const codes = new Set(result.findings.map((finding) => finding.code));
        for (const code of ['yaml-syntax', 'unknown-key', 'invalid-value', 'unknown-control', 'missing-section', 'soa-control-missing'] as const) {
          assert.ok(!codes.has(code), `${code}: ${result.findings.filter((finding) => finding.code === code).map((finding) => finding.message).join('; ')}`);
        }
        // Undecided is not decided: every placeholder in a required key counts as a missing key (an
        // error), each of the 93 SoA entries first; every contract clause is missing.
        const missingKeys = result.findings.filter((finding) => finding.code === 'missing-key');
        assert.ok(missingKeys.every((finding) => finding.severity === 'error' && finding.data?.undecided === true), 'only placeholders are missing');
        assert.equal(missingKeys.filter((finding) => finding.messageId === 'undecided').length, 93);
        assert.equal(result.findings.filter((finding) => finding.code === 'contract-clause-missing').length, 12);
        // The transfers page is a placeholder, so it is missing; the host's chapter 8 answers are asked for, not assumed.
        assert.deepEqual(result.findings.filter((finding) => finding.code === 'transfer-page-missing').map((finding) => finding.messageId), ['noTransfer']);
        assert.deepEqual(result.findings.filter((finding) => finding.code === 'guarantees-answer-missing').map((finding) => finding.data?.key), ['remote_access', 'third_country_laws', 'secnumcloud']);
        // Its 13 risks name the 13 events but cover none until assessed; each of their four answers is a placeholder.
        const of = (code: string) => result.findings.filter((finding) => finding.code === code);
        assert.deepEqual(of('risk-event-uncovered').map((finding) => finding.messageId), Array(13).fill('unassessed'));
        assert.deepEqual(of('risk-unassessed').map((finding) => finding.data?.missing), Array(13).fill(['likelihood', 'impact', 'treatment']));
        const risksFile = result.declaration.risks[0].at.file;
        // The requirements register lists the eleven requirements no rule checks, each unanswered: its status is a
        // placeholder. Not EXI-16, which the rules read from the internal audits of isms: below.
        assert.equal(declaration.requirements.length, 11);
        assert.ok(!declaration.requirements.some((entry) => entry.requirement === 'EXI-16'));
        assert.ok(declaration.requirements.every((entry) => entry.status === undefined && entry.owner === undefined));
        assert.deepEqual(of('requirement-unanswered').map((finding) => [finding.requirement, finding.data?.undecided]), declaration.requirements.map((entry) => [entry.requirement, true]));
        assert.equal(of('requirement-not-met').length, 0);
        // The ISMS's cycle is there to fill in: placeholder dates count as nothing done.
        assert.ok(declaration.isms && declaration.isms.started === undefined && declaration.isms.technicalAudit?.date === undefined);
        assert.deepEqual(declaration.isms.internalAudits.map((audit) => [audit.date, audit.covers]), [[undefined, ['referential-conformity', 'access-traces']]]);
        assert.deepEqual(of('internal-audit-overdue').map((finding) => [finding.messageId, finding.data?.topics]), [['none', ['referential-conformity', 'access-traces']]]);
        assert.deepEqual(of('management-review-overdue').map((finding) => finding.messageId), ['none']);
        assert.equal(of('technical-audit-outdated').length + of('technical-audit-not-independent').length + of('isms-started-recently').length, 0);
        assert.deepEqual(declaration.hdsCertificate?.audits, []);
        assert.equal(of('placeholder-left').filter((finding) => finding.uri === risksFile.uri && /^ {4}(likelihood|impact|treatment|controls):/.test(risksFile.text.split('\n')[finding.range.start.line])).length, 52);
      });
    }
  }
});
