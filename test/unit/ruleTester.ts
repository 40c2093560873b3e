// ESLint-style rule tests: cases where a rule must stay silent and cases where it must fire,
// with what it must say and where.
import * as assert from 'node:assert/strict';
import { ruleByCode, type CheckOptions, type Finding } from '../../server/src/engine';
import { check, cleanDeclaration, type Files, type Yaml } from './fixtures';

export interface Case {
  name: string;
  /** Changes the clean declaration, or gives the files outright. */
  change?: (declaration: Yaml) => void;
  files?: Files;
  options?: Partial<CheckOptions>;
}

export interface FiringCase extends Case {
  /** How many findings of the rule are expected (default 1). */
  count?: number;
  /** Text each finding's message must contain (English unless options.locale says otherwise). */
  message?: string | RegExp;
  /** Zero-based line and character of the first finding, and the text of its range. */
  line?: number;
  at?: string;
  file?: string;
  data?: Record<string, unknown>;
}

export function testRule(code: string, cases: { valid: Case[]; invalid: FiringCase[] }): void {
  describe(`rule ${code}`, () => {
    it('is registered with documentation and messages in English and French', () => {
      const rule = ruleByCode.get(code);
      assert.ok(rule, `rule ${code} is not registered`);
      assert.ok(rule.docs.en && rule.docs.fr);
      for (const message of Object.values(rule.messages)) assert.ok(message.en && message.fr);
    });
    for (const testCase of cases.valid) {
      it(`stays silent: ${testCase.name}`, () => {
        const found = run(code, testCase);
        assert.deepEqual(found.map((finding) => finding.message), []);
      });
    }
    for (const testCase of cases.invalid) {
      it(`fires: ${testCase.name}`, () => {
        const { found, texts } = runWithTexts(code, testCase);
        assert.equal(found.length, testCase.count ?? 1, `findings: ${JSON.stringify(found.map((finding) => finding.message), null, 1)}`);
        const first = found[0];
        if (testCase.message) for (const finding of found) assert.match(finding.message, typeof testCase.message === 'string' ? new RegExp(escape(testCase.message)) : testCase.message);
        if (testCase.line !== undefined) assert.equal(first.range.start.line, testCase.line);
        if (testCase.file) assert.ok(first.uri.endsWith(`/${testCase.file}`), `expected in ${testCase.file}, got ${first.uri}`);
        if (testCase.at !== undefined) assert.equal(textAt(texts.get(first.uri)!, first), testCase.at);
        if (testCase.data) for (const [key, value] of Object.entries(testCase.data)) assert.deepEqual(first.data?.[key], value);
      });
    }
  });
}

function run(code: string, testCase: Case): Finding[] {
  return runWithTexts(code, testCase).found;
}

function runWithTexts(code: string, testCase: Case): { found: Finding[]; texts: Map<string, string> } {
  let files = testCase.files;
  if (!files) {
    const declaration = cleanDeclaration();
    testCase.change?.(declaration);
    files = declaration;
  }
  const result = check(files, testCase.options);
  const texts = new Map(result.declaration.files.map((file) => [file.uri, file.text]));
  return { found: result.findings.filter((finding) => finding.code === code), texts };
}

function textAt(text: string, finding: Finding): string {
  const lines = text.split('\n');
  const { start, end } = finding.range;
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
