import { control as catalogControl } from '../catalog';
import type { SoaEntry } from '../declaration';
import { perDeclaration } from '../declaration';
import { defineRule, quoted } from '../rule';
import { schemaIssues } from '../schemaValidation';
import type { Path } from '../yamlFile';

export default defineRule({
  code: 'missing-key',
  severity: 'error',
  docs: {
    en: 'Keys the format requires must be present and answered (a subcontracted activity names its subcontractors, a risk has an id, an SoA entry says whether its control applies…): a required key left at a placeholder (TODO, N/A, `2099-12-31`…) counts as missing.',
    fr: 'Les clés exigées par le format doivent être présentes et renseignées (une activité sous-traitée nomme ses sous-traitants, un risque a un identifiant, une entrée de la DdA dit si sa mesure s’applique…)\u00a0: une clé exigée laissée à un texte provisoire (TODO, N/A, `2099-12-31`…) compte comme manquante.',
  },
  messages: {
    missing: { en: 'Missing key {key}.', fr: 'Clé manquante\u00a0: {key}.' },
    missingBy: { en: 'A subcontracted activity must name its subcontractors: add {key}.', fr: 'Une activité sous-traitée doit nommer ses sous-traitants\u00a0: ajoutez {key}.' },
    placeholder: {
      en: '{key} is still a placeholder ({value}): it counts as missing until you write the answer.',
      fr: '{key} est encore un texte provisoire ({value})\u00a0: la clé compte comme manquante tant que vous n’écrivez pas la réponse.',
    },
    undecided: {
      en: 'Control {id} ({title}) is not decided yet: write `applicable: true`, or `applicable: false` with a justification.',
      fr: 'La mesure {id} ({title}) n’est pas encore tranchée\u00a0: écrivez `applicable: true`, ou `applicable: false` avec une justification.',
    },
  },
  check({ declaration, report }) {
    const soaEntry = soaEntriesByPath(declaration);
    for (const file of declaration.files) {
      for (const issue of schemaIssues(file)) {
        if (issue.kind !== 'missing-key') continue;
        const written = issue.placeholder !== undefined;
        const at = written ? { file, path: [...issue.path, issue.key] } : { file, path: issue.path };
        const part = written ? 'value' : 'key';
        // An SoA entry whose `applicable` is absent or a placeholder: the control is undecided.
        const entry = issue.key === 'applicable' ? soaEntry.get(file.uri)?.get(pathKey(issue.path)) : undefined;
        const known = entry?.control ? catalogControl(entry.control.id) : undefined;
        if (entry?.control && known) {
          report({ messageId: 'undecided', at, part, requirement: 'ISO/IEC 27001 6.1.3 d)', args: { id: entry.control.id, title: known.title }, data: { key: issue.key, control: entry.control.id, undecided: true } });
        } else if (written) {
          report({ messageId: 'placeholder', at, part, args: { key: quoted(issue.key), value: quoted(issue.placeholder!) }, data: { key: issue.key, undecided: true } });
        } else {
          report({ messageId: issue.key === 'by' ? 'missingBy' : 'missing', at, part, args: { key: quoted(issue.key) }, data: { key: issue.key } });
        }
      }
    }
  },
});

const pathKey = (path: Path): string => path.join('\u0000');

/** The SoA entries of each file by their path, to name the control of an undecided entry. */
const soaEntriesByPath = perDeclaration((declaration) => {
  const byFile = new Map<string, Map<string, SoaEntry>>();
  for (const entry of declaration.soa) {
    let entries = byFile.get(entry.at.file.uri);
    if (!entries) byFile.set(entry.at.file.uri, (entries = new Map()));
    entries.set(pathKey(entry.at.path), entry);
  }
  return byFile;
});
