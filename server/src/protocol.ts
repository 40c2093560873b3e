// The custom requests and notifications between the HDS language server and its clients (the
// VS Code extension's sidebar, or any editor). Types only, plus the method names: the client
// bundle imports this file without pulling in the engine.
import type { DeclarationCoverage } from './engine/coverage';

export type { Location, Position, Range } from './engine/types';
export type {
  ActivityCoverage,
  ActivityProvision,
  CertificateStatus,
  CoverageCounts,
  CoverageState,
  CoverageText,
  DeclarationCoverage,
  FindingItem,
  ItemState,
  ProviderItem,
  RiskEventCoverage,
  RiskItem,
  SubcontractorCoverage,
  SubcontractorDetail,
} from './engine/coverage';

/** Request `hds/coverage`: the coverage of every declaration, or of the one containing `uri`. */
export const CoverageRequestMethod = 'hds/coverage';
export interface CoverageParams {
  /** Any file of a declaration: only that declaration is returned. */
  uri?: string;
}

export interface DeclarationCoverageResult extends DeclarationCoverage {
  /** The declaration's folder (file URI without trailing slash). */
  root: string;
  /** Its `*.hds.yaml` files. */
  uris: string[];
  /** A short name: the organisation, else the folder's name. */
  name: string;
  /** This declaration's totals, e.g. label "5/6 · 2 errors". */
  summary: { label: string; tooltip: string };
}

export interface CoverageResult {
  /** The language of every label: the `hds.language` setting, else the editor's. */
  locale: 'en' | 'fr';
  /** The date expiry was judged against (YYYY-MM-DD). */
  today: string;
  declarations: DeclarationCoverageResult[];
  /** Totals over all declarations, for the status bar (`label`, e.g. "5/6 · 2 errors"). */
  summary: { activitiesCovered: number; activitiesInScope: number; errors: number; warnings: number; accepted: number; label: string; tooltip: string };
}

/** Notification `hds/coverageChanged`: declarations were re-checked; clients re-request coverage. */
export const CoverageChangedMethod = 'hds/coverageChanged';
export interface CoverageChangedParams {
  /** Roots of the declarations that changed since the last notification. */
  roots: string[];
}
