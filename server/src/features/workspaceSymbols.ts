// workspace/symbol: subcontractors, storage sites and risks of every declaration of the workspace.
import type { Feature } from './feature';
import { workspaceSymbols } from '../services/symbols';

export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(connection, context) {
    connection.onWorkspaceSymbol((params) => workspaceSymbols(context.checkedAll().map((checked) => checked.result), params.query));
  },
};
