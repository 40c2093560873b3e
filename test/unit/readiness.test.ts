// "Am I ready?": the readiness summary, from the same model and findings as the Problems panel.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDeclaration, computeReadiness, starterDeclaration, type CheckOptions, type ReadinessSummary, type RequirementReadiness } from '../../server/src/engine';
import { check, cleanDeclaration, REPO, ROOT, TODAY, type Files } from './fixtures';

function readinessOfFolder(folder: string): ReadinessSummary {
  const documents = fs.readdirSync(folder).filter((name) => name.endsWith('.hds.yaml')).map((name) => ({ uri: pathToFileURL(path.join(folder, name)).href, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const fileExists = (uri: string) => fs.existsSync(fileURLToPath(uri));
  const result = checkDeclaration(documents, { today: TODAY, locale: 'en', workspaceRoot: pathToFileURL(folder).href, fileExists });
  return computeReadiness(result.declaration, result.findings, { today: TODAY });
}

function readinessOf(files: Files, options: Partial<CheckOptions> = {}): ReadinessSummary {
  const result = check(files, options);
  return computeReadiness(result.declaration, result.findings, { today: TODAY });
}

function requirementOf(summary: ReadinessSummary, id: string): RequirementReadiness {
  const found = summary.chapters.flatMap((chapter) => chapter.requirements).find((entry) => entry.id === id);
  assert.ok(found, id);
  return found;
}

const figures = ({ chapters: _chapters, organization: _organization, ...rest }: ReadinessSummary) => rest;
const states = (summary: ReadinessSummary) => Object.fromEntries(summary.chapters.flatMap((chapter) => chapter.requirements).map((entry) => [entry.id, entry.state]));

describe('readiness', () => {
  describe('of the complete example', () => {
    const summary = readinessOfFolder(path.join(REPO, 'examples'));

    it('accounts for every requirement, in the referential’s chapters', () => {
      assert.deepEqual(summary.chapters.map((chapter) => `${chapter.id}: ${chapter.requirements.length}`), ['4: 1', '5: 15', '6: 11', '7: 4']);
      assert.deepEqual(summary.chapters.flatMap((chapter) => chapter.requirements.map((entry) => entry.id)), Array.from({ length: 31 }, (_, index) => `EXI-${String(index + 1).padStart(2, '0')}`));
    });

    it('gives the figures of a declaration ready for its audit', () => {
      assert.deepEqual(figures(summary), {
        requirements: { total: 31, answered: 31, failing: 0, unanswered: 0 },
        soa: { decided: 93, total: 93 },
        risks: { assessed: 13, total: 13 },
        evidence: { found: 7, missing: 0 },
        findings: { open: 1, overdue: 0 },
      });
    });

    it('tells the requirements the register answers from those the rules verify', () => {
      const byState = states(summary);
      for (const id of ['EXI-02', 'EXI-03', 'EXI-06', 'EXI-07', 'EXI-08', 'EXI-09', 'EXI-10', 'EXI-11', 'EXI-13', 'EXI-14', 'EXI-15']) assert.equal(byState[id], 'answered', id);
      // EXI-16 from the internal audits of isms:, which the example writes.
      for (const id of ['EXI-01', 'EXI-04', 'EXI-05', 'EXI-12', 'EXI-16', 'EXI-17', 'EXI-28', 'EXI-29', 'EXI-30', 'EXI-31']) assert.equal(byState[id], 'verified', id);
    });

    it('leads a click to the answer: the register entry, or the contract clause', () => {
      const lineOf = (entry: RequirementReadiness) => fs.readFileSync(fileURLToPath(entry.location!.uri), 'utf8').split(/\r?\n/)[entry.location!.range.start.line];
      assert.match(lineOf(requirementOf(summary, 'EXI-07')), /^ {2}EXI-07:/);
      assert.match(lineOf(requirementOf(summary, 'EXI-21')), /^ {2}EXI-21:/);
      assert.equal(requirementOf(summary, 'EXI-07').owner, 'Responsable support');
      assert.equal(requirementOf(summary, 'EXI-07').status, 'met');
    });
  });

  describe('of the broken example', () => {
    const summary = readinessOfFolder(path.join(REPO, 'examples', 'broken'));

    it('counts failing and unanswered requirements, and the missing evidence', () => {
      const { requirements, evidence, soa, risks } = figures(summary);
      assert.equal(requirements.total, 31);
      assert.equal(requirements.answered + requirements.failing + requirements.unanswered, 31);
      assert.ok(requirements.failing > 0 && requirements.unanswered > 0, JSON.stringify(requirements));
      assert.equal(evidence.missing, 2);
      assert.ok(soa.decided < 93);
      assert.ok(risks.assessed < risks.total);
    });

    it('leads a failing requirement to the finding that decided it, first of its findings', () => {
      for (const entry of summary.chapters.flatMap((chapter) => chapter.requirements).filter((candidate) => candidate.state === 'failing')) {
        assert.ok(entry.severity, entry.id);
        assert.deepEqual(entry.location, entry.findings[0].location, entry.id);
        assert.equal(entry.findings[0].severity, entry.severity, entry.id);
      }
    });
  });

  describe('of the starter', () => {
    for (const split of [false, true]) {
      it(`has no answer yet${split ? ' (split into files)' : ''}: SoA decided 0, requirements answered 0`, () => {
        const files = starterDeclaration({ locale: 'en', split });
        const documents = Object.entries(files).map(([name, text]) => ({ uri: `${ROOT}/${name}`, text }));
        const result = checkDeclaration(documents, { today: TODAY, locale: 'en' });
        const summary = computeReadiness(result.declaration, result.findings, { today: TODAY });
        assert.equal(summary.soa.decided, 0);
        assert.equal(summary.soa.total, 93);
        assert.equal(summary.requirements.answered, 0);
        assert.equal(summary.risks.assessed, 0);
        // The register's placeholders are no answer.
        for (const id of ['EXI-02', 'EXI-08', 'EXI-16']) assert.equal(requirementOf(summary, id).state, 'unanswered', id);
      });
    }
  });

  describe('of a declaration', () => {
    it('marks a requirement the register declares not met as failing with an error, at its status', () => {
      const declaration = cleanDeclaration();
      declaration.requirements['EXI-07'] = { status: 'not-met', owner: 'Support', note: 'English-only support until March' };
      const entry = requirementOf(readinessOf(declaration), 'EXI-07');
      assert.equal(entry.state, 'failing');
      assert.equal(entry.severity, 'error');
      assert.equal(entry.findings[0].code, 'requirement-not-met');
      assert.deepEqual(entry.location, entry.findings[0].location);
    });

    it('reads EXI-16 from the internal audits once isms: is written, from the register without it', () => {
      const declaration = cleanDeclaration();
      delete declaration.requirements['EXI-16'];
      const unanswered = requirementOf(readinessOf(declaration), 'EXI-16');
      assert.deepEqual([unanswered.state, unanswered.checkedBy, unanswered.findings[0]?.code], ['unanswered', 'answer', 'requirement-unanswered']);
      // Audits up to date: verified, with no answer in the register.
      declaration.isms = { started: '2024-01-15', internal_audits: [{ date: '2026-03-02', covers: ['referential-conformity', 'access-traces'] }] };
      const verified = requirementOf(readinessOf(declaration), 'EXI-16');
      assert.deepEqual([verified.state, verified.checkedBy], ['verified', 'rules']);
      // The access traces last audited two years ago: failing, on the rule that says so.
      declaration.isms.internal_audits = [{ date: '2026-03-02', covers: ['referential-conformity'] }, { date: '2024-06-10', covers: ['access-traces'] }];
      const overdue = requirementOf(readinessOf(declaration), 'EXI-16');
      assert.deepEqual([overdue.state, overdue.findings[0].code], ['failing', 'internal-audit-overdue']);
      // A date still a placeholder: no answer yet.
      declaration.isms.internal_audits = [{ date: 'TODO', covers: ['referential-conformity', 'access-traces'] }];
      assert.equal(requirementOf(readinessOf(declaration), 'EXI-16').state, 'unanswered');
    });

    it('marks one declared partly met as failing with a warning', () => {
      const declaration = cleanDeclaration();
      declaration.requirements['EXI-10'].status = 'partial';
      const entry = requirementOf(readinessOf(declaration), 'EXI-10');
      assert.equal(entry.state, 'failing');
      assert.equal(entry.severity, 'warning');
    });

    it('never takes a placeholder for an answer, even with the rule that asks for it turned off', () => {
      const declaration = cleanDeclaration();
      declaration.requirements['EXI-11'].status = 'TODO';
      delete declaration.requirements['EXI-13'];
      const summary = readinessOf(declaration, { rules: { 'requirement-unanswered': 'off', 'placeholder-left': 'off' } });
      assert.equal(requirementOf(summary, 'EXI-11').state, 'unanswered');
      assert.equal(requirementOf(summary, 'EXI-13').state, 'unanswered');
      assert.equal(summary.requirements.answered, 29);
    });

    it('counts a missing key of a section the rules read as about the requirement read from it', () => {
      const declaration = cleanDeclaration();
      declaration.soa[0].applicable = 'TODO';
      const summary = readinessOf(declaration);
      assert.equal(requirementOf(summary, 'EXI-01').state, 'unanswered');
      assert.equal(summary.soa.decided, 92);
    });

    it('marks each contract clause on its own: one missing clause fails only its requirement', () => {
      const declaration = cleanDeclaration();
      delete declaration.contract['EXI-21'];
      const byState = states(readinessOf(declaration));
      assert.equal(byState['EXI-21'], 'failing');
      assert.equal(byState['EXI-20'], 'verified');
      assert.equal(byState['EXI-22'], 'verified');
    });

    it('keeps subcontracting and storage from being verified while the scope is in error (EXI-04)', () => {
      const declaration = cleanDeclaration();
      for (const activity of Object.values(declaration.scope.activities) as { provided: string; by?: string[] }[]) {
        activity.provided = 'not-provided';
        delete activity.by;
      }
      const summary = readinessOf(declaration);
      assert.equal(requirementOf(summary, 'EXI-04').state, 'failing');
      assert.equal(requirementOf(summary, 'EXI-12').state, 'failing');
      assert.equal(requirementOf(summary, 'EXI-12').findings.some((finding) => finding.code === 'no-activity-provided'), true);
    });

    it('does not count a finding an exception accepts against the requirement', () => {
      const declaration = cleanDeclaration();
      declaration.requirements['EXI-15'].status = 'partial';
      declaration.exceptions = [{ rule: 'requirement-not-met', target: 'EXI-15', justification: 'Technical audit booked for January', approved_by: 'Direction', until: '2027-01-31' }];
      const result = check(declaration);
      assert.ok(result.findings.some((finding) => finding.code === 'requirement-not-met' && finding.accepted), 'the exception applies');
      assert.equal(requirementOf(computeReadiness(result.declaration, result.findings, { today: TODAY }), 'EXI-15').state, 'answered');
    });

    it('counts evidence found and missing in the SoA and the register', () => {
      const declaration = cleanDeclaration();
      declaration.soa[0].evidence = ['policy.md', 'gone.md'];
      declaration.requirements['EXI-09'].evidence = ['objectives.md'];
      const fileExists = (uri: string) => !uri.endsWith('/gone.md');
      const summary = readinessOf(declaration, { fileExists, workspaceRoot: ROOT });
      assert.deepEqual(summary.evidence, { found: 2, missing: 1 });
      assert.deepEqual(requirementOf(summary, 'EXI-09').evidence.map((evidence) => `${evidence.path} ${evidence.found}`), ['objectives.md true']);
    });

    it('counts assessed risks of all risks', () => {
      const declaration = cleanDeclaration();
      delete declaration.risks[0].likelihood;
      assert.deepEqual(readinessOf(declaration).risks, { assessed: 12, total: 13 });
    });
  });
});
