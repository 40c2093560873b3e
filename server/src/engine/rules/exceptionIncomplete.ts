import { exceptionGaps } from '../exceptions';
import { defineRule, listed, quoted } from '../rule';

export default defineRule({
  code: 'exception-incomplete',
  severity: 'error',
  requirement: 'ISO/IEC 27001 6.1.3 f)',
  docs: {
    en: 'An accepted exception says why (justification), who approved it (approved_by) and until when (until); until it does, it accepts nothing.',
    fr: 'Une exception acceptée dit pourquoi (justification), qui l’a approuvée (approved_by) et jusqu’à quand (until)\u00a0; d’ici là, elle n’accepte rien.',
  },
  messages: {
    incomplete: {
      en: 'This exception for {rule} lacks {missing}: an exception is on record only with a justification, an approver and an end date. Until then the finding keeps its severity.',
      fr: 'Cette exception pour {rule} n’indique pas {missing}\u00a0: une exception n’est consignée qu’avec une justification, une personne qui l’approuve et une date de fin. D’ici là, le constat garde sa gravité.',
    },
  },
  check({ declaration, report }) {
    for (const exception of declaration.exceptions) {
      const gaps = exceptionGaps(exception);
      if (gaps.length === 0) continue;
      report({
        messageId: 'incomplete',
        at: exception.rule?.at ?? exception.at,
        args: { rule: quoted(exception.rule?.value ?? '?'), missing: listed(gaps) },
        data: { rule: exception.rule?.value, missing: gaps },
      });
    }
  },
});
