// The table editor's page (tableEditor.ts): its policy, its style in the theme's colours, and its
// script (client/webview/tableEditor.js) inlined under a nonce. No VS Code import, so it is unit-tested.

/** The page's policy: its inline style, and only the script carrying this page's nonce. */
export function tableContentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'`;
}

/** The page: styles in the theme's colours, a root the script fills, and the script under `nonce`. */
export function tablePage(script: string, nonce: string, lang: 'en' | 'fr'): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta http-equiv="Content-Security-Policy" content="${tableContentSecurityPolicy(nonce)}">
<meta charset="utf-8">
<style>${STYLE}</style>
</head>
<body>
<div id="root"></div>
<script nonce="${nonce}">${script.replace(/<\/(script)/gi, '<\\/$1')}</script>
</body>
</html>
`;
}

const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 12px 12px; margin: 0; }
h1 { font-size: 1.2em; font-weight: 600; margin: 12px 0 6px; }
.progress { display: flex; align-items: center; gap: 10px; margin-bottom: 6px; }
.meter { width: 200px; height: 6px; background: var(--vscode-editorWidget-background, var(--vscode-input-background)); border: 1px solid var(--vscode-editorWidget-border, transparent); }
.meter-fill { height: 100%; background: var(--vscode-progressBar-background, var(--vscode-button-background)); }
.read-only { color: var(--vscode-editorWarning-foreground); }
.filters, .bulk { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin: 6px 0; }
.filters-label, .selected-count { font-weight: 600; }
.count, .keys { color: var(--vscode-descriptionForeground); }
.keys { margin: 4px 0; font-size: 0.9em; }
.message { color: var(--vscode-errorForeground); margin: 2px 0; min-height: 1em; }
.bulk-field { display: inline-flex; align-items: center; gap: 4px; }
input, select { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, var(--vscode-dropdown-border, transparent)); font: inherit; padding: 2px 4px; }
select { background: var(--vscode-dropdown-background); color: var(--vscode-dropdown-foreground); }
input[type="text"] { width: 10em; }
button.apply { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 4px 10px; font: inherit; cursor: pointer; }
button.apply:hover:enabled { background: var(--vscode-button-hoverBackground); }
button:disabled, input:disabled, select:disabled { opacity: 0.5; cursor: default; }
.scroller { overflow: auto; max-height: calc(100vh - 170px); border: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
table { border-collapse: collapse; width: max-content; min-width: 100%; }
th { position: sticky; top: 0; z-index: 1; background: var(--vscode-editorGroupHeader-tabsBackground, var(--vscode-editor-background)); text-align: left; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
th button.sort { background: none; border: none; color: inherit; font: inherit; font-weight: 600; padding: 4px 6px; cursor: pointer; text-align: left; }
td { padding: 2px 6px; border-bottom: 1px solid var(--vscode-editorWidget-border, transparent); white-space: pre-line; vertical-align: top; max-width: 28em; }
td.number { text-align: right; }
th:first-child, td:first-child { position: sticky; left: 0; background: var(--vscode-editor-background); }
th:first-child { z-index: 2; background: var(--vscode-editorGroupHeader-tabsBackground, var(--vscode-editor-background)); }
td.editable { cursor: text; }
tr:hover td { background: var(--vscode-list-hoverBackground); }
tr.selected td { background: var(--vscode-list-inactiveSelectionBackground); color: var(--vscode-list-inactiveSelectionForeground, inherit); }
table:focus-within tr.selected td { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground, inherit); }
td:focus, td.focused:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: -1px; }
.cell-editor { width: 100%; box-sizing: border-box; }
.empty { color: var(--vscode-descriptionForeground); }
`;

