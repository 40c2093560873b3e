// textDocument/foldingRange: entries, list items and comment blocks.
import type { Feature } from './feature';
import { currentFile } from '../currentFile';
import { foldingRanges } from '../services/folding';

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(connection, context) {
    connection.onFoldingRanges((params) => {
      const current = currentFile(context, params.textDocument.uri);
      return current ? foldingRanges(current.file) : null;
    });
  },
};
