// textDocument/hover: ids, keys and diagnostics explained (services/hover.ts).
import type { Feature } from './feature';
import { hover } from '../services/hover';
import { currentFile } from '../currentFile';
import { isConfigFile } from '../engine/repositoryConfig';
import { configHover } from '../services/configFile';

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(connection, context) {
    connection.onHover((params) => {
      if (isConfigFile(params.textDocument.uri)) {
        const document = context.document(params.textDocument.uri);
        return document ? configHover(document.uri, document.getText(), params.position, context.locale()) : null;
      }
      const current = currentFile(context, params.textDocument.uri);
      if (!current) return null;
      return hover({ file: current.file, position: params.position, checked: current.checked, locale: context.locale(), today: context.today() });
    });
  },
};
