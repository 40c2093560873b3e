// The server's custom protocol (`hds/coverage`, `hds/coverageChanged`, `hds/starterDeclaration`)
// and its command ids, defined once on the server side: types and typed requests only, so the
// client bundle stays free of the engine and its catalog.
export * from '../../server/src/protocol';
