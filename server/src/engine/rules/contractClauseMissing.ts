import { contractClauseIds, requirement } from '../catalog';
import { isScalar } from 'yaml';
import { deniesClause } from '../facts/contract';
import { defineRule, quoted } from '../rule';
import { nodeAt } from '../yamlFile';

export default defineRule({
  code: 'contract-clause-missing',
  severity: 'error',
  requirement: 'EXI-17..EXI-28',
  sources: ['csp-r1111-11-3'],
  docs: {
    en: 'The contract section says where the hosting contract covers each clause EXI-17 to EXI-27 requires, and where it states the hosting locations (EXI-28: art. R.1111-11, 3° of the Public Health Code makes them a clause of every contract). N/A, a dash, none, aucun or néant is no reference, and a placeholder (TODO…) none yet: the clause counts as missing.',
    fr: 'La section contract indique où le contrat d’hébergement traite chaque clause exigée par EXI-17 à EXI-27, et où il indique les lieux d’hébergement (EXI-28\u00a0: l’art. R.1111-11, 3° du code de la santé publique en fait une clause de tout contrat). N/A, un tiret, none, aucun ou néant n’est pas une référence, et un texte provisoire (TODO…) pas encore\u00a0: la clause compte comme manquante.',
  },
  messages: {
    missing: { en: 'No contract reference for {id} ({title}).', fr: 'Aucune référence contractuelle pour {id} ({title}).' },
    notAReference: {
      en: '{value} is not a contract reference for {id} ({title}): every hosting contract has this clause; give the section or annex that covers it.',
      fr: '{value} n’est pas une référence contractuelle pour {id} ({title})\u00a0: tout contrat d’hébergement comporte cette clause\u00a0; indiquez l’article ou l’annexe qui la traite.',
    },
  },
  check({ declaration, report }) {
    const section = declaration.sections.get('contract')?.[0];
    if (!section) return;
    for (const id of contractClauseIds) {
      const written = declaration.contract.find((clause) => clause.requirement === id);
      const title = requirement(id)!.title;
      // The value as written: the model reads a placeholder (TODO, N/A…) as no reference.
      const node = written ? nodeAt(written.at.file, written.at.path)?.node : undefined;
      const value = isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '' ? node.value.trim() : undefined;
      // "N/A" or "none" says the clause does not exist: reported on the value, which placeholder-left then leaves alone.
      if (written && value !== undefined && deniesClause(value)) {
        report({ messageId: 'notAReference', at: written.at, part: 'value', requirement: id, args: { value: quoted(value), id, title }, data: { clause: id } });
        continue;
      }
      if (written?.reference?.trim()) continue;
      // A placeholder (TODO, ...) is no reference yet: the clause is missing, marked on the placeholder.
      if (written && value !== undefined) report({ messageId: 'missing', at: written.at, part: 'value', requirement: id, args: { id, title }, data: { clause: id, undecided: true } });
      else report({ messageId: 'missing', at: written?.at ?? section, part: 'key', requirement: id, args: { id, title }, data: { clause: id } });
    }
  },
});
