// The extension's settings, read in one place. The language server gets only the settings the user
// set explicitly (user, workspace or folder settings, read with `inspect()`): a setting left at its
// default must not override the repository configuration file (.hds-studio.yaml), which applies
// where no setting is set.
import * as vscode from 'vscode';

export const SECTION = 'hds';
/** The language id package.json contributes for `*.hds.yaml` files. */
export const LANGUAGE_ID = 'hds-yaml';
/** The repository configuration file, read by the language server and hds-check alike. */
export const CONFIG_FILE_NAME = '.hds-studio.yaml';

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

/** What `inspect()` reports of one setting: its value at each level the user can set it. */
export interface Inspected<T> {
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/** The value the user set, the most specific level first; undefined when left at its default. */
export function explicitValue<T>(inspected: Inspected<T> | undefined): T | undefined {
  return inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
}

/** Rule severities the user set, merged across levels as VS Code does (folder over workspace over user). */
export function explicitRules(inspected: Inspected<Record<string, string>> | undefined): Record<string, string> {
  return { ...inspected?.globalValue, ...inspected?.workspaceValue, ...inspected?.workspaceFolderValue };
}

/** The settings the language server takes: those the user set explicitly, none of the defaults. */
export function explicitSettings(scope?: vscode.ConfigurationScope): Partial<HdsConfig> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const settings: Partial<HdsConfig> = { rules: explicitRules(config.inspect<Record<string, string>>('rules')) };
  const asOf = explicitValue(config.inspect<string>('asOf'));
  if (asOf !== undefined && asOf !== '') settings.asOf = asOf;
  const language = explicitValue(config.inspect<'auto' | 'en' | 'fr'>('language'));
  if (language !== undefined) settings.language = language;
  const threshold = explicitValue(config.inspect<number>('riskAcceptanceThreshold'));
  if (threshold !== undefined) settings.riskAcceptanceThreshold = threshold;
  return settings;
}
