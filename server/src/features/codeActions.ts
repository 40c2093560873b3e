// textDocument/codeAction: quick fixes for the findings, and source actions for the declaration.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { Feature } from './feature';
import { codeActions, FIX_ALL_KIND } from '../services/codeActions';

export const codeActionsFeature: Feature = {
  capabilities: {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source, FIX_ALL_KIND] },
  },
  register(connection, context) {
    connection.onCodeAction((params) => {
      const checked = context.checked(params.textDocument.uri);
      if (!checked) return [];
      return codeActions(
        checked.result,
        { uri: params.textDocument.uri, range: params.range, diagnostics: params.context.diagnostics, only: params.context.only },
        context.locale(),
      );
    });
  },
};
