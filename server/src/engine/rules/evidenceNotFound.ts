import { declaredEvidence, evidenceTarget, isInside, isProbed } from '../evidence';
import { defineRule, quoted } from '../rule';

export default defineRule({
  code: 'evidence-not-found',
  severity: 'warning',
  requirement: 'ISO/IEC 27001 7.5',
  docs: { en: 'Each evidence file named in the SoA, the requirements register, the audits’ findings or the ISMS’s cycle exists (paths are relative to the file that names them).', fr: 'Chaque preuve citée dans la DdA, le registre des exigences, les constats d’audit ou le cycle du SMSI existe (chemins relatifs au fichier qui les cite).' },
  messages: {
    notFound: { en: 'Evidence {path} does not exist (paths are relative to this file).', fr: "La preuve {path} n’existe pas (les chemins sont relatifs à ce fichier)." },
  },
  check({ declaration, options, report }) {
    if (!options.fileExists) return;
    for (const evidence of declaredEvidence(declaration)) {
      const target = evidenceTarget(evidence);
      // Paths outside the workspace are another rule's concern, and are never probed.
      if (!target || (options.workspaceRoot && !isInside(target, options.workspaceRoot))) continue;
      // 'outside': inside as written, but a symbolic link leads out; evidence-outside-workspace says so.
      if (!isProbed(target, options.workspaceRoot) || options.fileExists(target) !== false) continue;
      report({ messageId: 'notFound', at: evidence.at, args: { path: quoted(evidence.value) }, data: { path: evidence.value } });
    }
  },
});
