// The server's custom protocol (`hds/coverage`, `hds/coverageChanged`), shared with the server:
// types and method names only, so the client bundle stays free of the engine.
export * from '../../server/src/protocol';
