// textDocument/references: every use of a subcontractor, site, risk or control id, in every file.
import type { Feature } from './feature';
import { referencesAt } from '../services/references';

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(connection, context) {
    connection.onReferences((params) => {
      const checked = context.checked(params.textDocument.uri);
      return checked ? referencesAt(checked.result, params.textDocument.uri, params.position, params.context.includeDeclaration) : null;
    });
  },
};
