import { contractClauseIds, requirement } from '../catalog';
import { isScalar } from 'yaml';
import { defineRule } from '../rule';
import { nodeAt } from '../yamlFile';

export default defineRule({
  code: 'contract-clause-missing',
  severity: 'error',
  requirement: 'EXI-17..EXI-27',
  docs: { en: 'The contract section says where the hosting contract covers each clause EXI-17 to EXI-27 requires.', fr: 'La section contract indique où le contrat d’hébergement traite chaque clause exigée par EXI-17 à EXI-27.' },
  messages: {
    missing: { en: 'No contract reference for {id} ({title}).', fr: 'Aucune référence contractuelle pour {id} ({title}).' },
  },
  check({ declaration, report }) {
    const section = declaration.sections.get('contract')?.[0];
    if (!section) return;
    const referenced = new Set(declaration.contract.filter((clause) => clause.reference?.trim()).map((clause) => clause.requirement));
    for (const id of contractClauseIds) {
      if (referenced.has(id)) continue;
      const written = declaration.contract.find((clause) => clause.requirement === id);
      // A clause left at a placeholder (the model reads it as no reference) is marked on the placeholder.
      const placeholder = written !== undefined && isScalar(nodeAt(written.at.file, written.at.path)?.node) && String((nodeAt(written.at.file, written.at.path)!.node as { value: unknown }).value ?? '').trim() !== '';
      report({ messageId: 'missing', at: written?.at ?? section, part: placeholder ? 'value' : 'key', requirement: id, args: { id, title: requirement(id)!.title }, data: placeholder ? { clause: id, undecided: true } : { clause: id } });
    }
  },
});
