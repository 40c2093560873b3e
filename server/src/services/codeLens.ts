// Code lenses over `risks:` and `soa:` that count what the declaration covers, and run the
// matching fix command while something is missing.
import type { CodeLens } from 'vscode-languageserver';
import { rangeAt, type CheckResult, type Locale } from '../engine';
import { localize } from '../engine/text';
import { riskEvents } from '../engine/catalog';
import { soaProgress } from '../engine/facts/decided';
import { Commands, TableCommands } from '../protocol';
import { riskEventsWithoutRisk, uncoveredRiskEvents } from '../engine/facts/risks';
import { controlsMissingFromSoa } from './codeActions';

const text = {
  risks: {
    en: '{covered}/{total} HDS v2 risk events covered',
    fr: '{covered}/{total} événements de risque HDS v2 couverts',
  },
  controls: {
    en: '{decided}/{total} Annex A controls decided',
    fr: '{decided}/{total} mesures de l’annexe A tranchées',
  },
  table: { en: 'Edit as a table', fr: 'Modifier sous forme de tableau' },
};

/** `tableEditor`: the client opens the SoA and the risk register as tables, and each section gets a lens that does. */
export function codeLenses(result: CheckResult, uri: string, locale: Locale, options: { tableEditor?: boolean } = {}): CodeLens[] {
  const { declaration } = result;
  const lenses: CodeLens[] = [];
  const lens = (section: 'risks' | 'soa', title: string, complete: boolean, command: string) => {
    const at = declaration.sections.get(section)?.[0];
    if (!at || at.file.uri !== uri) return;
    // A complete section gets a lens that only states it: an empty command id is not clickable.
    const range = rangeAt(at.file, at.path, 'key');
    lenses.push({ range, command: { title, command: complete ? '' : command, arguments: complete ? undefined : [{ uri }] } });
    if (options.tableEditor) lenses.push({ range, command: { title: text.table[locale], command: TableCommands[section], arguments: [{ uri }] } });
  };
  const uncovered = uncoveredRiskEvents(declaration).length;
  // Events named only by risks still to assess count as uncovered, but the lens has nothing to add for them.
  lens('risks', localize(text.risks, locale, { covered: riskEvents.length - uncovered, total: riskEvents.length }), riskEventsWithoutRisk(declaration).length === 0, Commands.addMissingRiskEvents);
  // Listed is not decided: an entry left at `applicable: TODO` counts as undecided. The lens adds the
  // controls not listed at all; deciding is the user's.
  const missing = controlsMissingFromSoa(declaration).length;
  const { decided, total } = soaProgress(declaration);
  lens('soa', localize(text.controls, locale, { decided, total }), missing === 0, Commands.addMissingControls);
  return lenses;
}

/** What the lenses of a declaration say, to tell when they need refreshing. */
export function lensSummary(result: CheckResult): string {
  return `${uncoveredRiskEvents(result.declaration).length}/${riskEventsWithoutRisk(result.declaration).length}/${controlsMissingFromSoa(result.declaration).length}/${soaProgress(result.declaration).decided}`;
}
