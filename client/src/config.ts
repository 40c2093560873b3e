// The extension's settings, read in one place.
import * as vscode from 'vscode';

export const SECTION = 'hds';
/** The language id package.json contributes for `*.hds.yaml` files. */
export const LANGUAGE_ID = 'hds-yaml';

export interface HdsConfig {
  asOf: string;
  rules: Record<string, string>;
  language: 'auto' | 'en' | 'fr';
  riskAcceptanceThreshold: number;
}

export function readConfig(scope?: vscode.ConfigurationScope): HdsConfig {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    asOf: config.get<string>('asOf', ''),
    rules: config.get<Record<string, string>>('rules', {}),
    language: config.get<'auto' | 'en' | 'fr'>('language', 'auto'),
    riskAcceptanceThreshold: config.get<number>('riskAcceptanceThreshold', 8),
  };
}
