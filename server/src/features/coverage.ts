// Request `hds/coverage` (what the sidebar shows) and notification `hds/coverageChanged` (sent
// after checks, coalesced, so clients refresh once per burst of edits rather than per keystroke).
import type { Connection } from 'vscode-languageserver/node';
import type { CheckedDeclaration, ServerContext } from '../context';
import { computeCoverage, computeReadiness } from '../engine';
import { coverageSummary, presentCoverage } from '../services/coverageView';
import { presentReadiness } from '../services/readinessView';
import type { Feature } from './feature';
import { throwIfCancelled } from './edits';
import { CoverageChangedNotification, CoverageRequest, type CoverageChangedParams, type CoverageParams, type CoverageResult, type DeclarationCoverageResult } from '../protocol';

/** Checks that land within this window are announced together. */
const NOTIFY_DELAY_MS = 20;

export const coverageFeature: Feature = {
  capabilities: {},
  register(connection: Connection, context: ServerContext) {
    connection.onRequest(CoverageRequest, (params: CoverageParams | null | undefined, token): CoverageResult => {
      throwIfCancelled(token);
      return coverage(context, params ?? {});
    });

    const changed = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    context.onDidCheck((checked) => {
      changed.add(checked.declaration.root);
      timer ??= setTimeout(() => {
        timer = undefined;
        const params: CoverageChangedParams = { roots: [...changed] };
        changed.clear();
        void connection.sendNotification(CoverageChangedNotification, params);
      }, NOTIFY_DELAY_MS);
    });
  },
};

export function coverage(context: ServerContext, params: CoverageParams): CoverageResult {
  const locale = context.locale();
  const today = context.today();
  const checked = typeof params.uri === 'string' ? [context.checked(params.uri)].filter((entry): entry is CheckedDeclaration => entry !== undefined) : context.checkedAll();
  const declarations = checked
    .map(({ declaration, result }): DeclarationCoverageResult => {
      const computed = presentCoverage(computeCoverage(result.declaration, result.findings, { today }), locale);
      const readiness = presentReadiness(computeReadiness(result.declaration, result.findings, { today }), locale);
      return { root: declaration.root, uris: [...declaration.uris].sort(), name: computed.organization ?? folderName(declaration.root), ...computed, summary: coverageSummary([computed], locale), readiness };
    })
    .sort((a, b) => (a.root < b.root ? -1 : a.root > b.root ? 1 : 0));
  const sum = (pick: (declaration: DeclarationCoverageResult) => number) => declarations.reduce((total, declaration) => total + pick(declaration), 0);
  return {
    locale,
    today,
    declarations,
    summary: {
      activitiesCovered: sum((declaration) => declaration.activitiesCovered),
      activitiesInScope: sum((declaration) => declaration.activitiesInScope),
      errors: sum((declaration) => declaration.counts.errors),
      warnings: sum((declaration) => declaration.counts.warnings),
      accepted: sum((declaration) => declaration.counts.accepted),
      ...coverageSummary(declarations, locale),
    },
  };
}

function folderName(root: string): string {
  const last = root.replace(/\/$/, '').split('/').pop() ?? root;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
