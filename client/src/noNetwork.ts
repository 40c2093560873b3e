// Stands in for Node's `net` in the client bundle. vscode-jsonrpc requires `net` for its pipe and
// socket transports; the client starts the server over IPC (a child process channel) and never
// uses them, so the bundle carries no networking module at all. Any call says why it fails.
function refuse(): never {
  throw new Error('HDS Studio makes no network connections: the language server runs over IPC.');
}

export const createServer = refuse;
export const createConnection = refuse;
export const connect = refuse;
export class Socket {
  constructor() {
    refuse();
  }
}
