// textDocument/references: every use of a subcontractor, site, risk or control id, in every file.
import type { Feature } from './feature';
import { referencesAt } from '../services/references';
import { throwIfCancelled } from './edits';

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(connection, context) {
    connection.onReferences((params, token) => {
      const checked = context.checked(params.textDocument.uri);
      throwIfCancelled(token);
      return checked ? referencesAt(checked.result, params.textDocument.uri, params.position, params.context.includeDeclaration) : null;
    });
  },
};
