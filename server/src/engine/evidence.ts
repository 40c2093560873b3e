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
 * Whether the probe can tell if `target` exists: a file of the workspace's own file system (file:
 * on disk, the editor's scheme in a browser, e.g. vscode-vfs: on github.dev), never an unsaved buffer's.
 */
export function isProbed(target: string, workspaceRoot: string | undefined): boolean {
  if (target.startsWith('untitled:')) return false;
  const scheme = (uri: string) => /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0].toLowerCase();
  return workspaceRoot ? scheme(target) === scheme(workspaceRoot) : target.startsWith('file:');
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
