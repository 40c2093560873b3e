// textDocument/codeAction: quick fixes for the findings, and source actions for the declaration.
import { CodeActionKind } from 'vscode-languageserver/node';
import type { Feature } from './feature';
import { codeActions, FIX_ALL_KIND } from '../services/codeActions';
import { throwIfCancelled, versionedEdit } from './edits';

export const codeActionsFeature: Feature = {
  capabilities: {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Source, FIX_ALL_KIND] },
  },
  register(connection, context) {
    connection.onCodeAction((params, token) => {
      const checked = context.checked(params.textDocument.uri);
      throwIfCancelled(token);
      if (!checked) return [];
      const actions = codeActions(
        checked.result,
        { uri: params.textDocument.uri, range: params.range, diagnostics: params.context.diagnostics, only: params.context.only },
        context.locale(),
      );
      // An action whose file changed on disk since the check is not offered: it would write over the change.
      return actions.flatMap((action) => {
        if (!action.edit) return [action];
        const edit = versionedEdit(context, checked.result, action.edit);
        return edit ? [{ ...action, edit }] : [];
      });
    });
  },
};
