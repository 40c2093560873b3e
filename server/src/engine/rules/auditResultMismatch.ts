import { certificationAudits, impliedResult } from '../facts/audits';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'audit-result-mismatch',
  severity: 'warning',
  requirement: 'EXI-01',
  docs: {
    en: 'A certification audit that lists its findings says the result they make: `major-nonconformities` with a major nonconformity listed, else `minor-nonconformities` with a minor one, else `passed`. An audit without a `findings` key is not checked.',
    fr: 'Un audit de certification qui liste ses constats indique le résultat qu’ils donnent\u00a0: `major-nonconformities` avec une non-conformité majeure listée, sinon `minor-nonconformities` avec une mineure, sinon `passed`. Un audit sans clé `findings` n’est pas vérifié.',
  },
  messages: {
    mismatch: {
      en: 'The result {result} does not agree with the findings listed, which make it {implied}: correct the result, or list the findings the audit report gives.',
      fr: 'Le résultat {result} ne concorde pas avec les constats listés, qui donnent {implied}\u00a0: corrigez le résultat, ou listez les constats que donne le rapport d’audit.',
    },
  },
  check({ declaration, report }) {
    for (const audit of certificationAudits(declaration)) {
      if (!audit.result || !audit.findings) continue;
      const implied = impliedResult(audit.findings);
      if (audit.result === implied || !['passed', 'minor-nonconformities', 'major-nonconformities'].includes(audit.result)) continue;
      report({
        messageId: 'mismatch',
        at: { file: audit.at.file, path: [...audit.at.path, 'result'] },
        args: { result: quoted(audit.result), implied: quoted(implied) },
        data: { result: audit.result, implied },
      });
    }
  },
});
