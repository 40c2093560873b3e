// RuleCode is the compiler's list of rule codes; it must name exactly the rules the engine runs,
// in their order, and settings must refuse a code no rule has.
import * as assert from 'node:assert/strict';
import { isRuleCode, ruleCodes, rules } from '../../server/src/engine';
import { readSettings } from '../../server/src/settings';

describe('rule codes', () => {
  it('are the codes of the registered rules, in order', () => {
    assert.deepEqual([...ruleCodes], rules.map((rule) => rule.code));
  });

  it('tell a rule code from any other text', () => {
    assert.equal(isRuleCode('unknown-site'), true);
    assert.equal(isRuleCode('unknown-sites'), false);
    assert.equal(isRuleCode('__proto__'), false);
  });

  it('keep hds.rules to real codes, with a warning for the others', () => {
    const warnings: string[] = [];
    const settings = readSettings({ rules: { 'certificate-expiring': 'information', 'certificate-expiry': 'off', 'unknown-site': 'loud' } }, (message) => warnings.push(message));
    assert.deepEqual(settings.rules, { 'certificate-expiring': 'information' });
    assert.deepEqual(warnings, [
      'hds.rules: no rule has the code "certificate-expiry"; it is ignored.',
      'hds.rules.unknown-site must be one of error, warning, information, hint, off; "loud" is ignored.',
    ]);
  });
});
