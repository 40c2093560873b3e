// The HDS sidebar's data, read through the API the extension's activate() returns: coverage of the
// activities, the EXI-05 risk events and the subcontractor chain, as the views show them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, catalog, fileUri, labelOf, manifest, open, preview, waitFor, workspaceFolder, type HdsApi } from './helpers';

type View = { id: string; name?: string };
type Activity = { id: string; number: number; name: { en: string } };
type RiskEvent = { id: string; title: { en: string }; children?: string[] };
interface Coverage {
  declarations: {
    root: string;
    activities: { id: string; state: string }[];
    riskEvents: { id: string; covered: boolean }[];
    subcontractors: { id?: string }[];
    activitiesCovered: number;
    riskEventsCovered: number;
  }[];
}

/** The views of the "HDS" view container, by what they show. */
function hdsViews(): { activities: View; riskEvents: View; subcontractors: View } {
  const contributes = manifest().contributes as { viewsContainers?: { activitybar?: { id: string; title: string }[] }; views?: Record<string, View[]> };
  const containers = contributes.viewsContainers?.activitybar ?? [];
  const container = containers.find((item) => item.id.toLowerCase().includes('hds'));
  assert.ok(container, `package.json contributes an HDS view container to the activity bar: ${preview(containers)}`);
  const views = contributes.views?.[container.id] ?? [];
  const find = (pattern: RegExp) => {
    const view = views.find((item) => pattern.test(item.id));
    assert.ok(view, `the HDS container has a view matching ${pattern}: ${preview(views)}`);
    return view;
  };
  return { activities: find(/activit/i), riskEvents: find(/risk/i), subcontractors: find(/subcontract/i) };
}

/** Subcontractors of the clean example, as written in subcontractors.hds.yaml. */
function exampleSubcontractors(): { id: string; name: string }[] {
  const text = fs.readFileSync(fileUri('subcontractors.hds.yaml').fsPath, 'utf8');
  return [...text.matchAll(/^ {2}- id: (\S+)\n {4}name: (.+)$/gm)].map((match) => ({ id: match[1], name: match[2].trim() }));
}

describe('coverage views', () => {
  let hds: HdsApi;
  const activities = () => catalog<Activity[]>('activities');
  // The 13 events, without the families B and D a scenario may also name.
  const riskEvents = () => catalog<RiskEvent[]>('risk-events').filter((event) => !event.children);

  before(async () => {
    hds = await api();
  });

  beforeEach(async () => {
    // The views follow the declaration of the active editor: show the clean one.
    await open('declaration.hds.yaml', true);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), fileUri('declaration.hds.yaml').toString());
  });

  it('coverage(): the clean declaration covers its six activities and the 13 risk events', async () => {
    const root = workspaceFolder().toString().replace(/\/$/, '');
    const coverage = await waitFor('coverage() to include the clean declaration', async () => {
      const result = (await hds.coverage()) as Coverage;
      return result?.declarations?.find((declaration) => declaration.root === root) ? result : undefined;
    });
    const clean = coverage.declarations.find((declaration) => declaration.root === root)!;
    assert.deepEqual(clean.activities.map((activity) => `${activity.id} ${activity.state}`), activities().map((activity) => `${activity.id} covered`));
    assert.equal(clean.activitiesCovered, 6);
    assert.deepEqual(clean.riskEvents.filter((event) => !event.covered).map((event) => event.id), []);
    assert.equal(clean.riskEventsCovered, riskEvents().length);
    assert.deepEqual(clean.subcontractors.map((item) => item.id).sort(), exampleSubcontractors().map((item) => item.id).sort());
    const broken = coverage.declarations.find((declaration) => declaration.root === `${root}/broken`);
    assert.ok(broken, `coverage() has the broken declaration too: ${preview(coverage.declarations.map((item) => item.root))}`);
    assert.ok(broken.riskEventsCovered < riskEvents().length, 'examples/broken leaves risk events uncovered');
  });

  it('the activity coverage view lists the six activities in the legal order, then the readiness figures', async () => {
    const view = hdsViews().activities;
    const items = await waitFor(`${view.id} to list six items and the readiness line`, async () => {
      const listed = await hds.viewItems(view.id);
      if (listed.length !== 7) throw new Error(preview(listed.map(labelOf)));
      return listed;
    });
    items.slice(0, 6).forEach((item, index) => {
      const activity = activities()[index];
      assert.ok(labelOf(item).includes(activity.name.en), `item ${index + 1} of ${view.id} is ${activity.name.en}: ${preview(labelOf(item))}`);
    });
    assert.match(labelOf(items[6]), /^Requirements 31\/31 · SoA 93\/93 · risks 13\/13 · evidence \d+\/\d+ · findings 1 open, 0 overdue$/);
  });

  it('the requirements view lists the referential’s four chapters, EXI-01 to EXI-31 below them', async () => {
    const items = await waitFor('hds.requirements to list four chapters', async () => {
      const listed = await hds.viewItems('hds.requirements');
      if (listed.length !== 4) throw new Error(preview(listed.map(labelOf)));
      return listed;
    });
    assert.deepEqual(items.map((item) => labelOf(item).split(' — ')[0]), ['Chapter 4', 'Chapter 5', 'Chapter 6', 'Chapter 7']);
    assert.deepEqual(items.map((item) => item.description), ['1/1 answered', '15/15 answered', '11/11 answered', '4/4 answered']);
  });

  it('the risk events view lists the 13 EXI-05 events', async () => {
    const view = hdsViews().riskEvents;
    const items = await waitFor(`${view.id} to list ${riskEvents().length} items`, async () => {
      const listed = await hds.viewItems(view.id);
      if (listed.length !== riskEvents().length) throw new Error(preview(listed.map(labelOf)));
      return listed;
    });
    const labels = items.map((item) => `${labelOf(item)} ${typeof item.description === 'string' ? item.description : ''}`);
    riskEvents().forEach((event, index) => assert.ok(labels[index].includes(event.title.en) || labels[index].includes(event.id), `item ${index + 1} of ${view.id} is event ${event.id}: ${labels[index]}`));
  });

  it('the subcontractors view lists the host’s own row, then the subcontractor chain of the example', async () => {
    const view = hdsViews().subcontractors;
    await waitFor(`${view.id} to list the host, then ${exampleSubcontractors().map((item) => item.id).join(', ')}`, async () => {
      const labels = (await hds.viewItems(view.id)).map((item) => `${labelOf(item)} ${typeof item.description === 'string' ? item.description : ''}`);
      const missing = exampleSubcontractors().filter((subcontractor) => !labels.some((label) => label.includes(subcontractor.name) || label.includes(subcontractor.id)));
      if (missing.length > 0 || labels.length !== exampleSubcontractors().length + 1 || !labels[0].startsWith('Host')) throw new Error(`listed: ${preview(labels)}`);
      return true;
    });
  });
});
