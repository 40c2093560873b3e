// The Calendar view of the HDS sidebar in a real VS Code: the clean example's dated obligations in
// date order, each item opening the line that sets its date; the broken example's overdue first.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fileUri, labelOf, manifest, open, preview, waitFor, type HdsApi } from './helpers';

const CALENDAR_VIEW = 'hds.calendar';
const description = (item: vscode.TreeItem) => (typeof item.description === 'string' ? item.description : '');

async function calendarItems(hds: HdsApi, count: (items: vscode.TreeItem[]) => boolean, what: string): Promise<vscode.TreeItem[]> {
  return waitFor(`${CALENDAR_VIEW} to list ${what}`, async () => {
    const items = await hds.viewItems(CALENDAR_VIEW);
    if (!count(items)) throw new Error(preview(items.map((item) => `${labelOf(item)} — ${description(item)}`)));
    return items;
  });
}

describe('calendar view', () => {
  let hds: HdsApi;

  before(async () => {
    hds = await api();
  });

  it('is contributed to the HDS view container', () => {
    const views = (manifest().contributes as { views: Record<string, { id: string }[]> }).views.hds;
    assert.ok(views.some((view) => view.id === CALENDAR_VIEW), preview(views));
  });

  it('lists the clean declaration’s audits, renewals and expiries in date order, and each item reveals its line', async () => {
    await open('declaration.hds.yaml', true);
    const items = await calendarItems(hds, (listed) => listed.length === 8, 'the eight obligations of the clean example');
    assert.deepEqual(items.map(labelOf), [
      'Surveillance audit (year 2)',
      'Internal audit',
      'Management review',
      'HDS renewal',
      'Technical audit (EXI-15)',
      'Certificate of ‘coffre-fort’',
      'Certificate of ‘dc-nord’',
      'ISO/IEC 27001 renewal',
    ]);
    // Planned: listed on its planned date, the deadline beside it.
    // The item's full label and description first (a narrow sidebar cuts them), then what its tooltip adds.
    assert.match(String(items[0].tooltip), /^Surveillance audit \(year 2\) — in 65 days, 26 January 2027\nSurveillance audit, year 2 — HDS certificate ‘HDS-2025-0117’: in 65 days, 26 January 2027; deadline 3 February 2027$/);
    assert.equal(description(items[0]), 'in 65 days, 26 January 2027');
    assert.equal((items[0].iconPath as vscode.ThemeIcon).id, 'warning');

    // A click on the coffre-fort item opens subcontractors.hds.yaml on its expiry date.
    const command = items[5].command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the subcontractor file to open', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === fileUri('subcontractors.hds.yaml').toString() ? active : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), '2028-11-15');
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^\s+expires: 2028-11-15/);
  });

  it('shows the broken declaration’s overdue obligations first, when its file is active', async () => {
    await open('broken/declaration.hds.yaml', true);
    const items = await calendarItems(hds, (listed) => listed.some((item) => String(item.tooltip).includes('HDS-2021-0003')), 'the broken declaration');
    const icons = items.map((item) => (item.iconPath as vscode.ThemeIcon).id);
    // What is past first (overdue, and the exception that has ended), then the one due within 90
    // days, then what comes later (exception end dates).
    const past = icons.filter((icon) => icon === 'error' || icon === 'history').length;
    assert.ok(icons.includes('error') && icons.includes('history'), icons.join(', '));
    assert.ok(icons.slice(0, past).every((icon) => icon === 'error' || icon === 'history'), icons.join(', '));
    assert.deepEqual(icons.slice(past), ['warning', ...Array(items.length - past - 1).fill('calendar')]);
    assert.match(description(items[0]), /^overdue by \d+ days, since 20 July 2021$/);
    assert.ok(items.some((item) => labelOf(item) === 'ISO/IEC 27001:2013 lapse'), preview(items.map(labelOf)));
    await open('declaration.hds.yaml', true);
  });
});
