// hds-check's argument parsing: every option, its errors in both languages, the commands.
import * as assert from 'node:assert/strict';
import { helpText } from '../../../server/src/cli/help';
import { localeOf, OPTIONS, parseArguments, UsageError } from '../../../server/src/cli/options';

const EN = { LANG: 'en_US.UTF-8' };
const parse = (argv: string[], env: NodeJS.ProcessEnv = EN) => parseArguments(argv, env, '2026-01-02');
const failure = (argv: string[], env: NodeJS.ProcessEnv = EN): UsageError => {
  try {
    parse(argv, env);
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error;
  }
  assert.fail(`no usage error for ${argv.join(' ')}`);
};

describe('hds-check arguments', () => {
  it('defaults: check, text, today, the locale of LANG', () => {
    const options = parse(['compliance/']);
    assert.equal(options.command, 'check');
    assert.deepEqual(options.positionals, ['compliance/']);
    assert.equal(options.today, '2026-01-02');
    assert.equal(options.locale, 'en');
    assert.equal(options.format, undefined);
    assert.deepEqual(options.rules, {});
    assert.equal(options.failOn, 'any');
    assert.equal(parse(['x'], { LANG: 'fr_FR.UTF-8' }).locale, 'fr');
    assert.equal(parse(['x'], { LC_ALL: 'fr_CA', LANG: 'en_US' }).locale, 'fr');
  });

  it('reads every option, in --name value and --name=value forms', () => {
    const options = parse(['a', '--as-of=2026-11-22', '--lang', 'fr', '--format', 'sarif', '-o', 'out.sarif', '--rule', 'certificate-expiring=off', '--rule=placeholder-left=error', '--max-warnings', '0', '--risk-acceptance-threshold', '12', '--baseline', 'origin/main', '--fail-on', 'new', '--markdown', '--fix', 'b']);
    assert.deepEqual(options.positionals, ['a', 'b']);
    assert.equal(options.today, '2026-11-22');
    assert.equal(options.locale, 'fr');
    assert.equal(options.format, 'sarif');
    assert.equal(options.output, 'out.sarif');
    assert.deepEqual(options.rules, { 'certificate-expiring': 'off', 'placeholder-left': 'error' });
    assert.equal(options.maxWarnings, 0);
    assert.equal(options.riskAcceptanceThreshold, 12);
    assert.equal(options.baseline, 'origin/main');
    assert.equal(options.failOn, 'new');
    assert.equal(options.markdown, true);
    assert.equal(options.fix, true);
  });

  it('recognises the commands, and "check" written out', () => {
    assert.deepEqual([parse(['init']).command, parse(['init', 'dir']).positionals], ['init', ['dir']]);
    assert.deepEqual([parse(['explain', 'EXI-28']).command, parse(['explain', 'EXI-28']).positionals], ['explain', ['EXI-28']]);
    const exported = parse(['export', 'soa', '--format', 'csv', '--force', '.']);
    assert.deepEqual([exported.command, exported.positionals, exported.format, exported.force], ['export', ['soa', '.'], 'csv', true]);
    assert.deepEqual([parse(['check', 'x']).command, parse(['check', 'x']).positionals], ['check', ['x']]);
    assert.equal(parse(['--list-rules']).listRules, true);
    assert.equal(parse(['-h']).help, true);
  });

  it('refuses bad values with a message that names the option', () => {
    assert.match(failure(['--as-of', '2026-02-30', 'x']).message, /--as-of takes a date written YYYY-MM-DD, not “2026-02-30”/);
    assert.match(failure(['--lang', 'de', 'x']).message, /--lang takes en or fr, not “de”/);
    assert.match(failure(['--format', 'xml', 'x']).message, /--format takes text, json, sarif, junit, gitlab, ics, not “xml”/);
    assert.match(failure(['export', 'soa', '--format', 'json', 'x']).message, /--format takes xlsx, csv/);
    assert.match(failure(['--rule', 'nope=off', 'x']).message, /unknown rule “nope”/);
    assert.match(failure(['--rule', 'yaml-syntax=loud', 'x']).message, /--rule yaml-syntax= takes error, warning, information, hint or off/);
    assert.match(failure(['--max-warnings=-1', 'x']).message, /--max-warnings takes a whole number/);
    assert.match(failure(['--max-warnings', '-1', 'x']).message, /^--max-warnings needs a value \(write --max-warnings=-… for a value that starts with a dash\)$/);
    assert.match(failure(['--max-warnings', '1.5', 'x']).message, /--max-warnings takes a whole number/);
    for (const bad of ['17', '-1', '8.5', 'high']) assert.match(failure([`--risk-acceptance-threshold=${bad}`, 'x']).message, new RegExp(`^--risk-acceptance-threshold takes a whole number from 0 to 16, not “${bad.replace('.', '\\.')}”$`));
    assert.match(failure(['--fail-on', 'old', '--baseline', 'HEAD', 'x']).message, /--fail-on takes any or new/);
    assert.match(failure(['--fail-on', 'new', 'x']).message, /--fail-on new needs --baseline/);
    assert.match(failure(['--markdown', 'x']).message, /^--markdown writes the --baseline comparison: give --baseline too$/);
    assert.match(failure(['--bogus', 'x']).message, /^unknown option --bogus$/);
    assert.match(failure(['x', '--as-of']).message, /^--as-of needs a value$/);
    assert.match(failure(['init', '--fix']).message, /--fix does not apply to “init”/);
    assert.match(failure(['--force', 'x']).message, /--force does not apply to “check”/);
  });

  it('speaks French in its errors when asked to, even before the arguments are valid', () => {
    const error = failure(['--bogus', '--lang', 'fr']);
    assert.equal(error.locale, 'fr');
    assert.equal(error.message, 'option inconnue --bogus');
    assert.equal(failure(['--lang', 'fr', '--as-of', 'demain', 'x']).message, '--as-of attend une date écrite AAAA-MM-JJ, pas «\u00a0demain\u00a0»');
    assert.equal(localeOf(['--lang=fr'], EN), 'fr');
    assert.equal(localeOf(['--lang', 'xx'], { LANG: 'fr_FR' }), 'fr');
  });

  it('writes a help that lists every option, in English or in French', () => {
    for (const locale of ['en', 'fr'] as const) {
      const help = helpText(locale);
      for (const [name, spec] of Object.entries(OPTIONS)) {
        assert.ok(help.includes(`--${name}`), `${locale} help lacks --${name}`);
        assert.ok(help.includes(spec.help[locale]), `${locale} help lacks the text of --${name}`);
      }
    }
    assert.match(helpText('en'), /^Usage: hds-check/);
    assert.match(helpText('fr'), /^Usage\u00a0: hds-check/);
    assert.match(helpText('fr'), /Options\u00a0:/);
  });

  it('keeps French typography in the French help and errors', () => {
    const french = [helpText('fr'), ...Object.values(OPTIONS).map((spec) => spec.help.fr)].join('\n');
    assert.doesNotMatch(french, / [:;!?»]/, 'an ordinary space before : ; ! ? or »');
    assert.doesNotMatch(french, /« /, 'an ordinary space after «');
    assert.doesNotMatch(french.replace(/'[a-z-]+'/g, ''), /[a-zé]'[a-zé]/i, 'a straight apostrophe');
  });
});
