// textDocument/documentSymbol: the outline of a declaration file, by section.
import type { Feature } from './feature';
import { currentFile } from '../currentFile';
import { documentSymbols } from '../services/symbols';

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'HDS' } },
  register(connection, context) {
    connection.onDocumentSymbol((params) => {
      const current = currentFile(context, params.textDocument.uri);
      return current ? documentSymbols(current.file, context.locale()) : null;
    });
  },
};
