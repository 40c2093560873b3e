// What the client does when the language server's connection closes: restart it, and tell the user
// once (the first time), not at every crash. After too many crashes in a short time it stops
// restarting, says so, and points at the output and the restart command. Pure, to be tested
// without VS Code.

/** Crashes allowed within WINDOW_MS before the client gives up restarting. */
export const MAX_RESTARTS = 5;
export const WINDOW_MS = 3 * 60 * 1000;

export type Locale = 'en' | 'fr';

const text = {
  restarted: {
    en: 'The HDS language server stopped unexpectedly and was restarted. Details are in the output “HDS Studio”.',
    fr: 'Le serveur de langage HDS s’est arrêté de façon inattendue et a été redémarré. Les détails sont dans la sortie «\u00a0HDS Studio\u00a0».',
  },
  gaveUp: {
    en: 'The HDS language server stopped {count} times in 3 minutes and is no longer restarted. See the output “HDS Studio”, then run “HDS: Restart the HDS language server”.',
    fr: 'Le serveur de langage HDS s’est arrêté {count} fois en 3 minutes et n’est plus redémarré. Voyez la sortie «\u00a0HDS Studio\u00a0», puis lancez «\u00a0HDS\u00a0: Redémarrer le serveur de langage HDS\u00a0».',
  },
};

export interface CloseDecision {
  restart: boolean;
  /** What to tell the user, when anything. */
  message?: string;
}

export class RestartPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(private readonly locale: () => Locale, private readonly now: () => number = Date.now) {}

  /** The connection closed without the client asking it to. */
  closed(): CloseDecision {
    const now = this.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      this.crashes.length = 0;
      this.told = false;
      return { restart: false, message: text.gaveUp[this.locale()].replace('{count}', String(MAX_RESTARTS + 1)) };
    }
    if (this.told) return { restart: true };
    this.told = true;
    return { restart: true, message: text.restarted[this.locale()] };
  }
}
