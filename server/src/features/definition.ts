// textDocument/definition: from a subcontractor, site, risk or control id to where it is declared.
import type { Feature } from './feature';
import { definitionAt } from '../services/references';

export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register(connection, context) {
    connection.onDefinition((params) => {
      const checked = context.checked(params.textDocument.uri);
      return checked ? definitionAt(checked.result, params.textDocument.uri, params.position) : null;
    });
  },
};
