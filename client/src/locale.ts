// The language the user reads, decided the way the server decides it (server/src/settings.ts
// localeOf): the `hds.language` setting, else VS Code's display language. No VS Code import, so
// it is unit-tested.

export type UserLocale = 'en' | 'fr';

/** `setting` is `hds.language` (auto, en, fr; anything else counts as auto); `displayLanguage` is VS Code's (`vscode.env.language`). */
export function userLocaleOf(setting: unknown, displayLanguage: string | undefined): UserLocale {
  if (setting === 'en' || setting === 'fr') return setting;
  return displayLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
