// textDocument/hover: ids, keys and diagnostics explained (services/hover.ts).
import type { Feature } from './feature';
import { hover } from '../services/hover';
import { currentFile } from '../currentFile';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(connection, context) {
    connection.onHover((params) => {
      const current = currentFile(context, params.textDocument.uri);
      if (!current) return null;
      return hover({ file: current.file, position: params.position, checked: current.checked, locale: context.locale(), today: context.today() });
    });
  },
};
