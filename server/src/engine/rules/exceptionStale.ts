import { exceptionMatchesOf } from '../exceptions';
import { defineRule, quoted } from '../rule';
import { didYouMean } from '../text';

export default defineRule({
  code: 'exception-stale',
  severity: 'warning',
  docs: {
    en: 'Each accepted exception names a rule and a target that a finding still has; one that matches nothing is stale and should be removed.',
    fr: 'Chaque exception acceptée désigne une règle et une cible qu’un constat a encore\u00a0; une exception qui ne correspond à rien est périmée et doit être retirée.',
  },
  messages: {
    stale: {
      en: 'No {rule} finding is about {target} any more: remove this exception, or correct its rule or target.',
      fr: 'Plus aucun constat {rule} ne porte sur {target}\u00a0: retirez cette exception, ou corrigez sa règle ou sa cible.',
    },
    unknownRule: {
      en: '{rule} is not a rule of HDS Studio: this exception matches nothing.',
      fr: '{rule} n’est pas une règle d’HDS Studio\u00a0: cette exception ne correspond à rien.',
    },
    suggestion: {
      en: '{rule} is not a rule of HDS Studio: did you mean {suggestion}?',
      fr: '{rule} n’est pas une règle d’HDS Studio\u00a0: vouliez-vous dire {suggestion}\u00a0?',
    },
  },
  check({ declaration, findings, ruleCodes, options, report }) {
    const matches = exceptionMatchesOf(declaration, findings);
    for (const exception of declaration.exceptions) {
      if (!exception.rule || !exception.target) continue;
      const rule = exception.rule.value;
      if (!ruleCodes.includes(rule)) {
        const suggestion = didYouMean(rule, ruleCodes);
        if (suggestion) report({ messageId: 'suggestion', at: exception.rule.at, args: { rule: quoted(rule), suggestion: quoted(suggestion) }, data: { rule, suggestion } });
        else report({ messageId: 'unknownRule', at: exception.rule.at, args: { rule: quoted(rule) }, data: { rule } });
        continue;
      }
      if ((matches.get(exception) ?? []).length > 0) continue;
      // A rule turned off here (a setting, hds-check --rule) finds nothing to match: that says nothing about the exception.
      if (options.rules?.[rule as keyof typeof options.rules] === 'off') continue;
      report({ messageId: 'stale', at: exception.target.at, args: { rule: quoted(rule), target: quoted(exception.target.value) }, data: { rule, target: exception.target.value } });
    }
  },
});
