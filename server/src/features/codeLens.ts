// textDocument/codeLens: coverage counts over `risks:` and `soa:`, refreshed when they change.
import { CodeLensRefreshRequest } from 'vscode-languageserver/node';
import type { Feature } from './feature';
import { codeLenses, lensSummary } from '../services/codeLens';

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(connection, context) {
    connection.onCodeLens((params) => {
      const checked = context.checked(params.textDocument.uri);
      return checked ? codeLenses(checked.result, params.textDocument.uri, context.locale(), { tableEditor: context.client().tableEditor }) : [];
    });
    // An edit in one file can change the counts shown in another (split declarations): ask the
    // editor to re-read lenses when they change, if it announced it can.
    const shown = new Map<string, string>();
    context.onDidCheck((checked) => {
      const summary = lensSummary(checked.result);
      if (shown.get(checked.declaration.root) === summary) return;
      const first = !shown.has(checked.declaration.root);
      shown.set(checked.declaration.root, summary);
      if (!first && context.client().codeLensRefresh) connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  },
};
