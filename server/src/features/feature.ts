// What one language feature is: the capabilities it announces and the handlers it registers.
import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';

export interface Feature {
  capabilities: ServerCapabilities;
  register(connection: Connection, context: ServerContext): void;
}
