// Registers the language features (one module each under features/) on the connection.
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerContext } from './context';

export interface Feature {
  capabilities: ServerCapabilities;
  register(connection: Connection, context: ServerContext): void;
}

const features: Feature[] = [];

export function serverCapabilities(): ServerCapabilities {
  return Object.assign({}, ...features.map((feature) => feature.capabilities));
}

export function registerFeatures(connection: Connection, context: ServerContext): void {
  for (const feature of features) feature.register(connection, context);
}
