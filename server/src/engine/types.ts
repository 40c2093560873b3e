// Plain data shared by the engine and its callers. No LSP or VS Code types: positions follow the
// LSP convention (zero-based line, UTF-16 character) so callers can pass them through unchanged.
import type { RuleCode } from './ruleCodes';

export type { RuleCode } from './ruleCodes';

export type Locale = 'en' | 'fr';
export type Localized = { en: string; fr: string };

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface Location { uri: string; range: Range }

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

/** One `*.hds.yaml` file as the caller sees it (open editor buffer or file on disk). */
export interface SourceDocument {
  uri: string;
  text: string;
  /**
   * Set by callers that read the file from disk when its bytes are not valid UTF-8: the offset in
   * `text` (decoded leniently) of the first character that could not be decoded.
   */
  invalidUtf8At?: number;
  /** Set by callers that did not read the file from disk, and why (`text` is then empty). */
  unread?: UnreadFile;
}

/** Why a declaration file was not read: it is not a regular file (a symbolic link, a device…), or it is too large. */
export type UnreadFile = { reason: 'not-a-file'; kind: 'symbolic-link' | 'named-pipe' | 'device' | 'socket' | 'folder' | 'other' } | { reason: 'too-large'; size: number };

export interface Finding {
  /** Stable rule code, e.g. `storage-outside-eea`. */
  code: RuleCode;
  /** Which of the rule's messages this is (a key of the rule's `messages`): stable across locales. */
  messageId: string;
  /** The requirement the rule enforces, e.g. `EXI-28`, `ISO/IEC 27001 6.1.3 d)` or `CSP art. L.1111-8`. */
  requirement?: string;
  severity: Severity;
  uri: string;
  range: Range;
  message: string;
  related?: { location: Location; messageId: string; message: string }[];
  /** Facts a quick fix needs (the missing event id, the suggested name…). JSON-serialisable. */
  data?: Record<string, unknown>;
  /** Marks findings that show something unused or deprecated. */
  tags?: ('unnecessary' | 'deprecated')[];
  /** Set when an exception of the declaration accepts the finding: it is then shown as information. */
  accepted?: AcceptedFinding;
}

export interface AcceptedFinding {
  /** The severity the finding has without the exception, which it gets back when the exception ends. */
  severity: Severity;
  approvedBy: string;
  until: string;
  justification: string;
  /** Where the exception is written. */
  location: Location;
}

export interface CheckOptions {
  /** "Today" as YYYY-MM-DD: expiry checks are made against it. */
  today: string;
  locale: Locale;
  /** Severity overrides keyed by rule code. */
  rules?: Partial<Record<RuleCode, SeveritySetting>>;
  /** Folder (file URI) that evidence paths must stay inside. */
  workspaceRoot?: string;
  /**
   * Answers whether a file exists; evidence is not checked when absent. 'outside' when the path,
   * inside the workspace as written, leads out of it through a symbolic link.
   */
  fileExists?: (uri: string) => boolean | 'outside';
  /**
   * Risk level (likelihood × impact) above which accepting a risk needs a justification, for a
   * declaration that states no acceptance_threshold of its own (risk_criteria); 8 by default.
   */
  riskAcceptanceThreshold?: number;
  /** Where riskAcceptanceThreshold comes from, for the messages that name it: the editor's setting (default) or the command line's flag. */
  riskAcceptanceThresholdOrigin?: 'setting' | 'flag';
}
