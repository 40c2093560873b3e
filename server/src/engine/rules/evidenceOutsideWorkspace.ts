import { declaredEvidence, evidenceTarget, isInside, isProbed } from '../evidence';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'evidence-outside-workspace',
  severity: 'error',
  requirement: 'ISO/IEC 27001 7.5',
  docs: {
    en: 'Evidence files are kept inside the workspace, so the declaration and its proof travel together (and nothing points at a private path).',
    fr: "Les preuves sont rangées dans l’espace de travail, pour que la déclaration et ses justificatifs voyagent ensemble (et que rien ne pointe vers un chemin privé).",
  },
  messages: {
    outside: { en: 'Evidence {path} lies outside the workspace: keep evidence files inside it.', fr: "La preuve {path} se trouve hors de l’espace de travail : rangez les preuves à l’intérieur." },
  },
  check({ declaration, options, report }) {
    if (!options.workspaceRoot) return;
    for (const evidence of declaredEvidence(declaration)) {
      const target = evidenceTarget(evidence);
      // Inside as written, and not led out of the workspace by a symbolic link on the way.
      if (target && isInside(target, options.workspaceRoot) && !(isProbed(target, options.workspaceRoot) && options.fileExists?.(target) === 'outside')) continue;
      report({ messageId: 'outside', at: evidence.at, args: { path: quoted(evidence.value) }, data: { path: evidence.value } });
    }
  },
});
