// Folding ranges from the YAML structure: every entry or list item that spans several lines, and
// runs of comment lines. A file with syntax errors folds what the parser recovered; an unreadable
// one folds its comments only (once a server answers, the editor's indentation folding is off).
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { isMap, isSeq, type Node } from 'yaml';
import { positionAt, type ParsedFile } from '../engine/yamlFile';

export function foldingRanges(file: ParsedFile): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fold = (start: number, end: number) => {
    const startLine = positionAt(file, start).line;
    const endLine = positionAt(file, lastContent(file, start, end)).line;
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };
  const walk = (node: Node | null | undefined, depth: number): void => {
    if (!node || depth > 100) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && value?.range) fold(key.range[0], value.range[1]);
        walk(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as Node[]) {
        if (item?.range) fold(item.range[0], item.range[1]);
        walk(item, depth + 1);
      }
    }
  };
  if (file.value !== undefined) walk(file.document?.contents as Node | null, 0);
  ranges.push(...commentBlocks(file));
  return dedupe(ranges);
}

function lastContent(file: ParsedFile, start: number, end: number): number {
  let last = Math.min(end, file.text.length);
  while (last > start && /\s/.test(file.text[last - 1])) last--;
  return Math.max(start, last - 1);
}

function commentBlocks(file: ParsedFile): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  let first = -1;
  const lines = file.lineStarts.length;
  for (let line = 0; line <= lines; line++) {
    const isComment = line < lines && /^\s*#/.test(file.text.slice(file.lineStarts[line], file.lineStarts[line + 1] ?? file.text.length));
    if (isComment && first < 0) first = line;
    if (!isComment && first >= 0) {
      if (line - 1 > first) ranges.push({ startLine: first, endLine: line - 1, kind: FoldingRangeKind.Comment });
      first = -1;
    }
  }
  return ranges;
}

/** One range per start line: the editor shows one fold marker per line. */
function dedupe(ranges: FoldingRange[]): FoldingRange[] {
  const byStart = new Map<number, FoldingRange>();
  for (const range of ranges) {
    const seen = byStart.get(range.startLine);
    if (!seen || range.endLine > seen.endLine) byStart.set(range.startLine, range);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
