// The client's answer to a crashed server: restart it, tell the user once, give up (saying so)
// only after a burst of crashes.
import * as assert from 'node:assert/strict';
import { MAX_RESTARTS, RestartPolicy, WINDOW_MS } from '../../../client/src/serverRestarts';

describe('client: restarting a crashed server', () => {
  it('restarts at every crash and tells the user the first time only', () => {
    let now = 0;
    const policy = new RestartPolicy(() => 'en', () => now);
    const first = policy.closed();
    assert.equal(first.restart, true);
    assert.match(first.message ?? '', /stopped unexpectedly and was restarted/);
    for (let crash = 0; crash < 20; crash++) {
      now += WINDOW_MS; // one crash every three minutes: never a burst
      assert.deepEqual(policy.closed(), { restart: true });
    }
  });

  it('stops restarting after a burst of crashes, says so in French, and starts over afterwards', () => {
    let now = 0;
    const policy = new RestartPolicy(() => 'fr', () => now);
    const decisions = Array.from({ length: MAX_RESTARTS + 1 }, () => ((now += 1000), policy.closed()));
    assert.deepEqual(decisions.slice(0, MAX_RESTARTS).map((decision) => decision.restart), Array(MAX_RESTARTS).fill(true));
    assert.equal(decisions.filter((decision) => decision.message).length, 2, 'told once, then told it gave up');
    const gaveUp = decisions[MAX_RESTARTS];
    assert.equal(gaveUp.restart, false);
    assert.match(gaveUp.message ?? '', /s’est arrêté 6 fois en 3 minutes et n’est plus redémarré/);
    // After "HDS: Restart", a later crash is restarted again and told again.
    now += WINDOW_MS * 2;
    const later = policy.closed();
    assert.equal(later.restart, true);
    assert.match(later.message ?? '', /a été redémarré/);
  });
});
