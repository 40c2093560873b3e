// The repository configuration file of each workspace folder (.hds-studio.yaml at its root), read
// through readText.ts (a regular file within the size limit, never through a symbolic link) or taken
// from the editor's buffer while it is open. The parsing is the engine's (engine/repositoryConfig.ts),
// shared with hds-check.
import { CONFIG_FILE_NAME, parseRepositoryConfig, type ConfigProblem, type RepositoryConfig } from './engine/repositoryConfig';
import type { Locale, SourceDocument } from './engine';
import type { FileAccess } from './files';

export interface LoadedConfig {
  config: RepositoryConfig;
  problems: ConfigProblem[];
}

export class RepositoryConfigs {
  constructor(private readonly files: FileAccess) {}

  private readonly openTexts = new Map<string, string>();
  private loaded = new Map<string, LoadedConfig>();

  open(uri: string, text: string): void {
    this.openTexts.set(uri, text);
  }

  close(uri: string): void {
    this.openTexts.delete(uri);
  }

  /**
   * Reads the configuration of each folder (URIs without a trailing slash). `locale(config)` is
   * the language its problems are written in, which may be the one the file itself sets.
   */
  load(folders: readonly string[], locale: (config?: RepositoryConfig) => Locale): void {
    const loaded = new Map<string, LoadedConfig>();
    for (const folder of folders) {
      const uri = `${folder}/${CONFIG_FILE_NAME}`;
      const source = this.sourceOf(uri);
      if (!source) continue;
      let parsed = parseRepositoryConfig(source, locale());
      const own = locale(parsed.config);
      if (own !== locale()) parsed = parseRepositoryConfig(source, own);
      loaded.set(folder, { config: parsed.config, problems: parsed.problems });
    }
    this.loaded = loaded;
  }

  /** The configuration that applies to a file: that of the innermost folder holding it. */
  forUri(uri: string): RepositoryConfig | undefined {
    let best: LoadedConfig | undefined;
    for (const [folder, entry] of this.loaded) {
      if (uri.startsWith(`${folder}/`) && (!best || folder.length > best.config.folder.length)) best = entry;
    }
    return best?.config;
  }

  /** The configuration of the first folder that has one: for what is not tied to a file (the language of views). */
  primary(): RepositoryConfig | undefined {
    return this.loaded.values().next().value?.config;
  }

  all(): LoadedConfig[] {
    return [...this.loaded.values()];
  }

  private sourceOf(uri: string): SourceDocument | undefined {
    const open = this.openTexts.get(uri);
    if (open !== undefined) return { uri, text: open };
    // No such file (the usual case), or one that cannot be read: no configuration.
    const read = this.files.read(uri);
    return read ? { uri, ...read.read } : undefined;
  }
}
