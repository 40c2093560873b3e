// workspace/executeCommand: the fixes the code lenses and the sidebar run. Each computes its edit
// against the current state and applies it with workspace/applyEdit; nothing to do, nothing sent.
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import type { Declaration, Locale } from '../engine';
import type { Feature } from './feature';
import { Commands } from '../protocol';
import { versionedEdit } from './edits';
import { addMissingControlsEdit, addMissingRiskEventsEdit, addRiskForEventEdit } from '../services/codeActions';

type Argument = { uri?: unknown; event?: unknown };

const handlers: Record<string, (declaration: Declaration, argument: Argument, locale: Locale) => WorkspaceEdit | undefined> = {
  [Commands.addRiskForEvent]: (declaration, argument, locale) => (typeof argument.event === 'string' ? addRiskForEventEdit(declaration, argument.event, locale) : undefined),
  [Commands.addMissingRiskEvents]: (declaration, _argument, locale) => addMissingRiskEventsEdit(declaration, locale),
  [Commands.addMissingControls]: (declaration, _argument, locale) => addMissingControlsEdit(declaration, locale),
};

export const commandsFeature: Feature = {
  capabilities: { executeCommandProvider: { commands: Object.keys(handlers) } },
  register(connection, context) {
    connection.onExecuteCommand(async (params) => {
      const handler = handlers[params.command];
      const argument = (params.arguments?.[0] ?? {}) as Argument;
      if (!handler || typeof argument !== 'object' || argument === null || typeof argument.uri !== 'string') return { applied: false };
      const checked = context.checked(argument.uri);
      const computed = checked ? handler(checked.result.declaration, argument, context.locale()) : undefined;
      const edit = checked && computed ? versionedEdit(context, checked.result, computed) : undefined;
      if (!edit) return { applied: false };
      const result = await connection.workspace.applyEdit({ label: params.command, edit });
      return { applied: result.applied };
    });
  },
};
