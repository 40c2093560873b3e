// Where an evidence path points: resolved against the file that mentions it.
import type { Declaration, Written } from './declaration';

/**
 * The file URI an evidence path names. The path is a path, never URL syntax: `?`, `#` and `%` are
 * characters of the file's name (`pssi.md?x` names a file of that name, not pssi.md with a query,
 * and `%2e%2e` is no way up).
 */
export function evidenceTarget(evidence: Written<string>): string | undefined {
  try {
    const path = evidence.value.replace(/\\/g, '/').replace(/%/g, '%25').replace(/\?/g, '%3F').replace(/#/g, '%23');
    return new URL(path, evidence.at.file.uri).href;
  } catch {
    return undefined;
  }
}

export function isInside(uri: string, folder: string): boolean {
  const root = folder.endsWith('/') ? folder : `${folder}/`;
  return uri.startsWith(root);
}

/**
 * Every evidence path the declaration names: in the SoA, the requirements register, the certification
 * audits' findings (closing evidence) and the ISMS's own cycle (internal audits, management reviews,
 * technical audit).
 */
export function declaredEvidence(declaration: Declaration): Written<string>[] {
  const certificate = declaration.hdsCertificate;
  const audits = certificate ? [...certificate.audits, ...certificate.surveillance] : [];
  const isms = declaration.isms;
  return [
    ...declaration.soa.flatMap((entry) => entry.evidence),
    ...declaration.requirements.flatMap((entry) => entry.evidence),
    ...audits.flatMap((audit) => (audit.findings ?? []).flatMap((finding) => finding.evidence)),
    ...(isms ? [...isms.internalAudits, ...isms.managementReviews, ...(isms.technicalAudit ? [isms.technicalAudit] : [])].flatMap((entry) => entry.evidence) : []),
  ];
}
