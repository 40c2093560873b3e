// workspace/symbol: subcontractors, storage sites and risks of every declaration of the workspace.
import type { Feature } from './feature';
import { workspaceSymbols } from '../services/symbols';
import { throwIfCancelled } from './edits';

export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(connection, context) {
    connection.onWorkspaceSymbol((params, token) => {
      const results = context.checkedAll().map((checked) => checked.result);
      throwIfCancelled(token);
      return workspaceSymbols(results, params.query);
    });
  },
};
