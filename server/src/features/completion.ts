// textDocument/completion: keys, values, references and snippets (services/completion.ts).
import type { Feature } from './feature';
import { offsetAt } from '../engine/yamlFile';
import { COMPLETION_TRIGGER_CHARACTERS, complete, evidenceFolderAt } from '../services/completion';
import { currentFile, recentChecks } from '../currentFile';
import { isConfigFile } from '../engine/repositoryConfig';
import { configCompletion } from '../services/configFile';

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false } },
  register(connection, context) {
    recentChecks(context);
    connection.onCompletion((params) => {
      if (isConfigFile(params.textDocument.uri)) {
        const document = context.document(params.textDocument.uri);
        return document ? configCompletion(document.uri, document.getText(), params.position, context.locale()) : null;
      }
      // While typing in a large file, answer from the text rather than wait for a re-check.
      const current = currentFile(context, params.textDocument.uri, { allowStale: true });
      if (!current) return null;
      const offset = offsetAt(current.file, params.position);
      // An evidence path: its folder is listed (one folder, inside the workspace) through the workspace's file access.
      const declaration = context.workspace.declarationOf(params.textDocument.uri);
      const workspaceRoot = declaration ? context.workspace.evidenceProbe(declaration).workspaceRoot : undefined;
      const folder = evidenceFolderAt(current.file, offset, workspaceRoot);
      const evidenceFolder = folder && workspaceRoot ? context.workspace.listFolder(folder, workspaceRoot) : undefined;
      return complete({
        file: current.file,
        offset,
        evidenceFolder,
        checked: current.checked,
        locale: context.locale(),
        triggerCharacter: params.context?.triggerCharacter,
      });
    });
  },
};
