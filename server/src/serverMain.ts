// The HDS language server run by Node: `hds-language-server --stdio` (or over IPC, as VS Code
// starts it), reading the workspace from disk.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeFiles } from './nodeFiles';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('hds-language-server 0.1.0\n');
} else if (process.argv.includes('--help')) {
  process.stdout.write('Usage: hds-language-server --stdio\nThe HDS v2 declaration language server (LSP over standard input and output).\n');
} else {
  startServer(createConnection(ProposedFeatures.all), nodeFiles);
}
