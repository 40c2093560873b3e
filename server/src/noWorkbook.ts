// The web extension's stand-in for the workbook library (exceljs), which needs Node: bundled in its
// place by esbuild.mjs for the server in a browser. Asking it for a workbook fails with a message
// that says why and what to do; the editor's client says so before asking (exportDocument.ts).
const message =
  'An Excel workbook is built by the desktop editor or hds-check only; in the browser, export the table as CSV for Excel. / ' +
  'Un classeur Excel ne se construit que dans l’éditeur de bureau ou avec hds-check\u00a0; dans le navigateur, exportez le tableau en CSV pour Excel.';

class Workbook {
  constructor() {
    throw new Error(message);
  }
}

export default { Workbook };
