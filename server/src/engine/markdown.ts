// The one place where text meets Markdown. Every Markdown producer (hovers, completion documentation,
// the --markdown review comment, `export --format md`) writes text through markdownText() and literal
// values through markdownCode(), so that a declaration's text is shown, never interpreted: no image
// fetched, no link, no raw HTML, no emphasis or heading, no `@team` mention, no code span ended early.

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
// Characters that start Markdown syntax anywhere in a line: emphasis, code, links and images,
// raw HTML and autolinks, table cells, strikethrough, entities, math, escapes themselves.
const INLINE_SYNTAX = /[\\`*_[\]<>|!~&$]/g;
// Control characters show as nothing or break the renderer: written as the replacement character.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

export interface MarkdownTextOptions {
  /** What a line break of the text becomes: a space (the default) or `<br>` (inside a table cell). */
  lineBreak?: ' ' | '<br>';
}

/**
 * Text shown as written inside Markdown: syntax characters escaped, line breaks flattened (a blank
 * line would end the paragraph, a `# ` or `- ` after it start a heading or a list), mentions and bare
 * links broken with an invisible space so GitHub and GitLab neither notify nor link.
 */
export function markdownText(text: string, options: MarkdownTextOptions = {}): string {
  const lineBreak = options.lineBreak ?? ' ';
  return String(text)
    .replace(CONTROLS, '\ufffd')
    .replace(INLINE_SYNTAX, (character) => (character === '&' ? '&amp;' : character === '<' ? '&lt;' : character === '>' ? '&gt;' : `\\${character}`))
    .replace(LINE_BREAKS, lineBreak)
    // A mention (@all, @org/team) or an email address notifies or links: a zero-width space after @.
    .replace(/@/g, '@\u200b')
    // Bare links (https://…, www.…) are turned into links by GFM: break the scheme and the www.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
    // At the start of the text, a heading, quote, list item, rule or setext underline.
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

export interface MarkdownCodeOptions {
  /** The span is inside a GFM table cell, where `|` must be escaped even in code. */
  inTable?: boolean;
}

/**
 * A literal value as a code span: fenced with one backtick more than the longest run of backticks in
 * it (so none ends the span), padded with a space when it starts or ends with a backtick, on one line.
 */
export function markdownCode(text: string, options: MarkdownCodeOptions = {}): string {
  let value = String(text).replace(CONTROLS, '\ufffd').replace(LINE_BREAKS, ' ');
  if (options.inTable) value = value.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || (value.startsWith(' ') && value.endsWith(' ') && value.trim() !== '') ? ' ' : '';
  return value === '' ? '` `' : `${fence}${pad}${value}${pad}${fence}`;
}

/** A block of literal text as a fenced code block, its fence longer than any run of backticks in it. */
export function markdownFence(text: string, language = ''): string {
  const value = String(text).replace(CONTROLS, '\ufffd');
  const longestRun = Math.max(2, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${value}\n${fence}`;
}
