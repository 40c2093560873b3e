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

/** Every evidence path the declaration names: in the SoA, then in the requirements register. */
export function declaredEvidence(declaration: Declaration): Written<string>[] {
  return [...declaration.soa.flatMap((entry) => entry.evidence), ...declaration.requirements.flatMap((entry) => entry.evidence)];
}
