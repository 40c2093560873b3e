// Hover through the real editor command: activity names and control ids explain themselves.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { catalog, extension, hoverText, open, waitFor } from './helpers';

type Titled = { id: string; name?: { en: string }; title?: { en: string } };

/** Waits until hovering inside `text` shows `expected`; the server may still be reading the workspace. */
async function assertHover(relative: string, text: string, expected: string): Promise<void> {
  const document = await open(relative, true);
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `${relative} contains ${text}`);
  // Inside the word, not on its first character, as a mouse would rest.
  const position = document.positionAt(offset + 2);
  await waitFor(`hover on ${text} to show "${expected}" (hover text)`, async () => {
    const shown = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
    if (!shown.includes(expected)) throw new Error(JSON.stringify(shown));
    return true;
  }, 20_000, 250);
}

describe('hover', () => {
  before(async () => {
    await extension().activate();
  });

  it('on an activity name shows the activity\'s title', async () => {
    const activity = catalog<Titled[]>('activities').find((item) => item.id === 'physical-sites');
    await assertHover('risks.hds.yaml', 'physical-sites', activity!.name!.en);
  });

  it('on a control id shows the control\'s title', async () => {
    const control = catalog<{ controls: Titled[] }>('annex-a').controls.find((item) => item.id === '8.24');
    await assertHover('risks.hds.yaml', '"8.24"', control!.title!.en);
  });
});
