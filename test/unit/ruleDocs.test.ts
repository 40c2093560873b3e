// The rule pages docs/rules/<code>.md: one per rule, in step with the rules, linked from
// diagnostics (codeDescription) and from the SARIF rules.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../../server/src/engine';
import { toDiagnostic } from '../../server/src/services/diagnostics';
import { installedRuleDocUri } from '../../server/src/ruleDocs';
import { rulePages } from '../../server/src/docs/rulePages';
import { formatSarif } from '../../server/src/cli/formats/sarif';
import type { Report } from '../../server/src/cli/report';
import { REPO } from './fixtures';

describe('rule documentation pages', function () {
  this.timeout(60_000);
  const folder = path.join(REPO, 'docs', 'rules');

  it('docs/rules holds exactly one page per rule, as npm run docs:rules writes it', () => {
    const expected = rulePages(REPO);
    assert.deepEqual(fs.readdirSync(folder).sort(), rules.map((rule) => `${rule.code}.md`).sort());
    for (const [name, text] of expected) {
      assert.equal(fs.readFileSync(path.join(folder, name), 'utf8'), text, `${name} is out of date: run npm run docs:rules`);
    }
  });

  it('each page, in English and French, says what the rule checks, its requirement, an example that fires and one that passes, how to fix', () => {
    for (const rule of rules) {
      const page = fs.readFileSync(path.join(folder, `${rule.code}.md`), 'utf8');
      for (const heading of ['## English', '### What it checks', '### Requirement and source', '### Example that fires', '### Example that passes', '### How to fix', '## Français', '### Ce qu’elle vérifie', '### Exigence et source', '### Exemple qui la déclenche', '### Exemple conforme', '### Comment corriger']) {
        assert.ok(page.includes(`${heading}\n`), `${rule.code}: no “${heading}”`);
      }
      assert.ok(page.includes(rule.docs.en) && page.includes(rule.docs.fr), rule.code);
      if (rule.requirement) assert.ok(page.includes(`**${rule.requirement}**`), `${rule.code}: requirement`);
    }
  });

  it('diagnostics link to the page installed with the extension (codeDescription), which exists', () => {
    for (const rule of rules) {
      const diagnostic = toDiagnostic({ code: rule.code, messageId: 'x', severity: rule.severity, uri: 'file:///a.hds.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm' }, installedRuleDocUri);
      assert.ok(diagnostic.codeDescription, rule.code);
      assert.ok(diagnostic.codeDescription.href.startsWith('file://'), diagnostic.codeDescription.href);
      assert.ok(fs.existsSync(fileURLToPath(diagnostic.codeDescription.href)), diagnostic.codeDescription.href);
    }
  });

  it('the .vsix ships the pages the diagnostics link to', () => {
    assert.match(fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8'), /^!docs\/rules\/\*\.md$/m);
  });

  it('every SARIF rule carries a help link to its page', () => {
    const report: Report = { tool: { name: 'hds-check', version: '0' }, catalog: { referential: 'HDS v2', annexA: 'ISO/IEC 27001:2022', adequacyUpdated: '2026-11-22' }, asOf: '2026-11-22', locale: 'en', files: 0, disabledRules: [], errors: 0, warnings: 0, information: 0, hints: 0, accepted: 0, declarations: [], findings: [] };
    const sarif = JSON.parse(formatSarif(report, REPO));
    for (const rule of sarif.runs[0].tool.driver.rules) assert.match(rule.helpUri, new RegExp(`docs/rules/${rule.id}\\.md$`));
  });
});
