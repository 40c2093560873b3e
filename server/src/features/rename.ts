// textDocument/prepareRename and rename: ids the declaration defines, renamed in all its files;
// catalog ids and invalid or taken names are refused with a message the editor shows.
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import type { Feature } from './feature';
import { currentFile } from '../currentFile';
import { prepareRename, rename } from '../services/references';
import { localize } from '../engine/text';
import { throwIfCancelled, versionedEdit } from './edits';

const changedOnDisk = {
  en: 'A file this rename would change was modified since it was read: try again.',
  fr: 'Un fichier que ce renommage modifierait a changé depuis sa lecture\u00a0: réessayez.',
};

export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(connection, context) {
    const target = (uri: string) => {
      const current = currentFile(context, uri);
      return current?.checked ? { file: current.file, result: current.checked } : undefined;
    };
    connection.onPrepareRename((params) => {
      const found = target(params.textDocument.uri);
      if (!found) return null;
      const check = prepareRename(found.result, found.file, params.position, context.locale());
      if ('error' in check) throw new ResponseError(ErrorCodes.InvalidRequest, check.error);
      return check;
    });
    connection.onRenameRequest((params, token) => {
      const found = target(params.textDocument.uri);
      throwIfCancelled(token);
      if (!found) return null;
      const edit = rename(found.result, found.file, params.position, params.newName, context.locale());
      if ('error' in edit) throw new ResponseError(ErrorCodes.InvalidRequest, edit.error);
      const safe = versionedEdit(context, found.result, edit);
      if (!safe) throw new ResponseError(ErrorCodes.InvalidRequest, localize(changedOnDisk, context.locale()));
      return safe;
    });
  },
};
