// Where an evidence path points: resolved against the file that mentions it.
import type { Written } from './declaration';

export function evidenceTarget(evidence: Written<string>): string | undefined {
  try {
    return new URL(evidence.value.replace(/\\/g, '/'), evidence.at.file.uri).href;
  } catch {
    return undefined;
  }
}

export function isInside(uri: string, folder: string): boolean {
  const root = folder.endsWith('/') ? folder : `${folder}/`;
  return uri.startsWith(root);
}
