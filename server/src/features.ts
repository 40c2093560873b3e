// Registers the language features (one module each under features/) on the connection.
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import type { Feature } from './features/feature';
import { codeActionsFeature } from './features/codeActions';
import { codeLensFeature } from './features/codeLens';
import { commandsFeature } from './features/commands';
import { coverageFeature } from './features/coverage';
import { completionFeature } from './features/completion';
import { hoverFeature } from './features/hover';
import { definitionFeature } from './features/definition';
import { referencesFeature } from './features/references';
import { renameFeature } from './features/rename';
import { documentSymbolsFeature } from './features/documentSymbols';
import { workspaceSymbolsFeature } from './features/workspaceSymbols';
import { foldingFeature } from './features/folding';
import { starterFeature } from './features/starter';
import { guaranteesFeature } from './features/guarantees';
import { exportFeature } from './features/export';
import { importFeature } from './features/importSpreadsheet';
import { tableEditorFeature } from './features/tableEditor';

const features: Feature[] = [
  codeActionsFeature, codeLensFeature, commandsFeature, coverageFeature, completionFeature, hoverFeature,
  definitionFeature, referencesFeature, renameFeature, documentSymbolsFeature, workspaceSymbolsFeature, foldingFeature, starterFeature, guaranteesFeature, exportFeature, importFeature,
  tableEditorFeature,
];

export function serverCapabilities(): ServerCapabilities {
  return Object.assign({}, ...features.map((feature) => feature.capabilities));
}

export function registerFeatures(connection: Connection, context: ServerContext): void {
  for (const feature of features) feature.register(connection, context);
}
