// The sidebar's items, built from the server's coverage without VS Code (tree.ts only maps them
// to TreeItems), and the manifest entries that refer to them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACTIVITIES_VIEW, activityNodes } from '../../../client/src/views/activities';
import { CALENDAR_VIEW, calendarNodes } from '../../../client/src/views/calendar';
import { declarationNodes, findingNode, tooltipOf, type ViewNode } from '../../../client/src/views/nodes';
import { MISSING_EVENT, RISK_EVENTS_VIEW, riskEventNodes } from '../../../client/src/views/riskEvents';
import { REQUIREMENTS_VIEW, requirementNodes } from '../../../client/src/views/requirements';
import { selectDeclarations, shownDescription } from '../../../client/src/views/selection';
import { SUBCONTRACTORS_VIEW, subcontractorNodes } from '../../../client/src/views/subcontractors';
import { checkDeclaration, computeCoverage, computeReadiness } from '../../../server/src/engine';
import { coverageSummary, presentCoverage } from '../../../server/src/services/coverageView';
import { presentReadiness } from '../../../server/src/services/readinessView';
import type { DeclarationCoverageResult } from '../../../server/src/protocol';
import { REPO, TODAY } from '../fixtures';

function declarationIn(folder: string, locale: 'en' | 'fr' = 'en'): DeclarationCoverageResult {
  const names = fs.readdirSync(folder).filter((name) => name.endsWith('.hds.yaml'));
  const documents = names.map((name) => ({ uri: pathToFileURL(path.join(folder, name)).href, text: fs.readFileSync(path.join(folder, name), 'utf8') }));
  const result = checkDeclaration(documents, { today: TODAY, locale });
  const coverage = presentCoverage(computeCoverage(result.declaration, result.findings, { today: TODAY }), locale);
  return { root: pathToFileURL(folder).href, uris: documents.map((document) => document.uri), name: coverage.organization ?? path.basename(folder), ...coverage, summary: coverageSummary([coverage], locale), readiness: presentReadiness(computeReadiness(result.declaration, result.findings, { today: TODAY }), locale) };
}

const clean = declarationIn(path.join(REPO, 'examples'));
const broken = declarationIn(path.join(REPO, 'examples', 'broken'));
const ids = (nodes: ViewNode[]): string[] => nodes.flatMap((node) => [node.id, ...ids(node.children)]);

describe('sidebar views', () => {
  it('activity coverage: six items with number, name, provision and a state icon; providers, risks and findings below', () => {
    const nodes = activityNodes(broken, broken.root).filter((node) => node.contextValue !== 'hds.readiness');
    assert.deepEqual(nodes.map((node) => node.label), ['1. Physical sites', '2. Hardware infrastructure', '3. Virtual infrastructure', '4. Application hosting platform', '5. Administration and operation of the information system', '6. Health data backup']);
    assert.deepEqual(nodes[1].icon, { id: 'error', color: 'list.errorForeground' });
    assert.equal(nodes[1].description, 'Subcontracted to nuage');
    assert.match(nodes[1].tooltip!, /Not covered/);
    assert.deepEqual(nodes[1].children.map((child) => child.contextValue), ['hds.provider', 'hds.finding']);
    assert.deepEqual(nodes[1].children[1].icon, { id: 'error', color: 'problemsErrorIcon.foreground' });
    assert.ok(nodes[1].children[1].location!.uri.endsWith('/broken/declaration.hds.yaml') || nodes[1].children[1].location!.uri.endsWith('/broken/subcontractors.hds.yaml'));
    const cleanNodes = activityNodes(clean, clean.root);
    assert.deepEqual(cleanNodes[0].icon, { id: 'pass', color: 'testing.iconPassed' });
    assert.deepEqual(cleanNodes[0].children.map((child) => child.label), ['dc-nord — Datacentre Nord SAS', 'coffre-fort — Coffre-Fort Numérique GmbH', 'Risk R-01']);
    assert.equal(cleanNodes[4].description, 'In-house and subcontracted to astreinte-ops');
  });

  it('activity coverage ends with the readiness figures: requirements, SoA, risks, evidence, audit findings', () => {
    const last = activityNodes(clean, clean.root).at(-1)!;
    assert.equal(last.contextValue, 'hds.readiness');
    assert.equal(last.label, 'Requirements 31/31 · SoA 93/93 · risks 13/13 · evidence 7/7 · findings 1 open, 0 overdue');
    assert.match(last.tooltip!, /^Requirements answered: 31\/31 \(0 failing, 0 unanswered\)\nSoA controls decided: 93\/93\nRisks assessed: 13\/13\nEvidence found: 7\/7 \(0 missing\)\nAudit findings: 1 open, 0 overdue$/);
    // Checked here without a file probe: no evidence is reported missing (the server and hds-check probe).
    const french = activityNodes(declarationIn(path.join(REPO, 'examples', 'broken'), 'fr'), 'x').at(-1)!;
    assert.match(french.label, /^Exigences 1\/31 · DdA 5\/93 · risques 3\/7 · preuves \d\/3 · écarts 2 ouverts, 2 en retard$/);
  });

  it('requirements: the four chapters, EXI-01 to EXI-31 with a state icon, a click to the answer or the finding', () => {
    const nodes = requirementNodes(clean, clean.root);
    assert.deepEqual(nodes.map((node) => `${node.label} (${node.description})`), [
      'Chapter 4 — Certification requirements (1/1 answered)',
      'Chapter 5 — ISMS requirements supplementing ISO/IEC 27001 (15/15 answered)',
      'Chapter 6 — Hosting contract requirements (11/11 answered)',
      'Chapter 7 — Data sovereignty requirements (4/4 answered)',
    ]);
    const items = nodes.flatMap((node) => node.children);
    assert.deepEqual(items.map((item) => item.label.slice(0, 6)), Array.from({ length: 31 }, (_, index) => `EXI-${String(index + 1).padStart(2, '0')}`));
    const exi07 = items.find((item) => item.label.startsWith('EXI-07'))!;
    assert.equal(exi07.description, 'answered');
    assert.deepEqual(exi07.icon, { id: 'check', color: 'testing.iconPassed' });
    assert.match(exi07.tooltip!, /Owner: Responsable support/);
    assert.equal(items[0].description, 'verified by the rules');
    assert.deepEqual(items[0].icon, { id: 'pass', color: 'testing.iconPassed' });
    for (const item of items) assert.ok(item.location, `${item.label} leads somewhere`);

    const brokenItems = requirementNodes(broken, broken.root).flatMap((node) => node.children);
    const failing = brokenItems.filter((item) => item.contextValue === 'hds.requirement.failing');
    const unanswered = brokenItems.filter((item) => item.contextValue === 'hds.requirement.unanswered');
    assert.ok(failing.length > 0 && unanswered.length > 0);
    assert.ok(failing.every((item) => ['error', 'warning'].includes(item.icon!.id)));
    assert.ok(unanswered.every((item) => item.icon!.id === 'circle-large-outline'));
    const notMet = brokenItems.find((item) => item.label.startsWith('EXI-07'))!;
    assert.equal(notMet.description, 'failing · requirement-not-met');
    assert.deepEqual(notMet.icon, { id: 'error', color: 'list.errorForeground' });
  });

  it('risk events: a missing event carries the context value and arguments of the "add a risk" action', () => {
    const nodes = riskEventNodes(broken, broken.root);
    assert.equal(nodes.length, 13);
    const missing = nodes.find((node) => node.id.endsWith('#event/B.a'))!;
    assert.equal(missing.contextValue, MISSING_EVENT);
    assert.deepEqual(missing.data, { uri: missing.location!.uri, event: 'B.a' });
    const covered = nodes.find((node) => node.id.endsWith('#event/A'))!;
    assert.equal(covered.contextValue, 'hds.riskEvent.covered');
    assert.equal(covered.data, undefined);
    assert.deepEqual(covered.children.map((child) => child.label), ['Risk R-01']);
  });

  it('a finding an exception accepts is marked as on record, apart from open findings', () => {
    const location = { uri: 'file:///d/main.hds.yaml', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } };
    const open = findingNode('p', { code: 'certificate-expiring', severity: 'warning', label: 'expires soon', description: 'certificate-expiring', location }, 0);
    const accepted = findingNode('p', { code: 'certificate-expiring', severity: 'information', label: 'expires soon — accepted', description: 'certificate-expiring · accepted until 2026-12-15', location, accepted: { until: '2026-12-15', approvedBy: 'Claire Martin' } }, 1);
    assert.deepEqual([open.contextValue, open.icon], ['hds.finding', { id: 'warning', color: 'problemsWarningIcon.foreground' }]);
    assert.deepEqual([accepted.contextValue, accepted.icon, accepted.description], ['hds.finding.accepted', { id: 'verified', color: 'problemsInfoIcon.foreground' }, 'certificate-expiring · accepted until 2026-12-15']);
  });

  it('subcontractor chain: the host first, then one item per subcontractor, with their guarantees below', () => {
    const nodes = subcontractorNodes(clean, clean.root);
    assert.deepEqual(nodes.map((node) => node.label), ['Host — Exemple Santé SAS', 'dc-nord', 'coffre-fort', 'support-sgbd', 'astreinte-ops']);
    assert.equal(nodes[0].contextValue, 'hds.host');
    assert.equal(nodes[1].description, 'Datacentre Nord SAS · HDS-2024-0042 · until 30 June 2029');
    assert.deepEqual(nodes[3].children.map((child) => child.contextValue), ['hds.subcontractor.certificate', 'hds.subcontractor.activities', 'hds.subcontractor.storage', 'hds.subcontractor.remote-access', 'hds.subcontractor.law', 'hds.subcontractor.secnumcloud']);
    assert.deepEqual(nodes[0].children.find((child) => child.contextValue === 'hds.subcontractor.remote-access')!.children.map((child) => child.label), ['From Tunisia (TN)']);
    // A duplicated id in the declaration still gives distinct items.
    const brokenIds = ids(subcontractorNodes(broken, broken.root));
    assert.equal(new Set(brokenIds).size, brokenIds.length);
  });

  it('the host’s storage row lists the declared sites, those its subcontractors operate included', () => {
    // Every site of the example is operated by a subcontractor: the row said "none declared".
    const host = subcontractorNodes(clean, clean.root)[0];
    const storage = host.children.find((child) => child.contextValue === 'hds.subcontractor.storage')!;
    assert.equal(storage.description, 'FR, DE, RE');
    assert.deepEqual(storage.children.map((child) => `${child.label} | ${child.description}`), [
      'lille-1 — France (FR) | in the EEA · operated by dc-nord',
      'lille-2 — France (FR) | in the EEA · operated by dc-nord',
      'francfort-1 — Germany (DE) | in the EEA · operated by coffre-fort',
      'saint-denis-1 — La Réunion (RE) | in the EEA · operated by dc-nord',
    ]);
    assert.match(tooltipOf(storage), /^Storage — FR, DE, RE\nlille-1 — France \(FR\) — in the EEA · operated by dc-nord/);
    const fr = subcontractorNodes(declarationIn(path.join(REPO, 'examples'), 'fr'), clean.root)[0].children.find((child) => child.contextValue === 'hds.subcontractor.storage')!;
    assert.match(fr.children[0].description!, /exploité par dc-nord/);
    // A declaration with no storage site still says so.
    const none = declarationIn(path.join(REPO, 'examples', 'broken', 'missing-sections'));
    const noneStorage = none.host && subcontractorNodes(none, none.root)[0].children.find((child) => child.contextValue === 'hds.subcontractor.storage');
    if (noneStorage) assert.equal(noneStorage.description, 'none declared');
  });

  it('every item’s tooltip holds its full label and description, which a narrow sidebar cuts', () => {
    assert.equal(tooltipOf({ label: 'a', description: 'b' }), 'a — b');
    assert.equal(tooltipOf({ label: 'a' }), 'a');
    assert.equal(tooltipOf({ label: 'a', description: 'b', tooltip: 'Covers: x' }), 'a — b\nCovers: x');
    for (const build of [activityNodes, riskEventNodes, subcontractorNodes, calendarNodes]) {
      const walk = (nodes: ViewNode[]): void => nodes.forEach((node) => {
        const tip = tooltipOf(node);
        assert.ok(tip.includes(node.label) && (!node.description || tip.includes(node.description)), `${node.id}: ${tip}`);
        walk(node.children);
      });
      walk(declarationNodes([clean, broken], build));
    }
  });

  it('names the declaration shown when its folder holds several, and none when each folder holds one', () => {
    const all = [{ root: 'file:///w/a', name: 'Exemple Santé SAS' }, { root: 'file:///w/a/broken', name: 'Santé Démo SAS' }, { root: 'file:///w/b', name: 'Other' }];
    const describe = (shown: typeof all, locale: 'en' | 'fr' = 'en') => shownDescription(shown, all, (entry) => entry.root, (entry) => entry.name, ['file:///w/a', 'file:///w/b'], locale);
    assert.equal(describe([all[0], all[2]]), 'Exemple Santé SAS · 1 of 2');
    assert.equal(describe([all[1], all[2]], 'fr'), 'Santé Démo SAS (broken) · 1 sur 2');
    assert.equal(shownDescription([all[2]], [all[2]], (entry) => entry.root, (entry) => entry.name, ['file:///w/b'], 'en'), undefined);
  });

  it('ids are unique and stable across refreshes, so expansion state survives an update', () => {
    for (const build of [activityNodes, riskEventNodes, subcontractorNodes]) {
      const first = ids(declarationNodes([clean, broken], build));
      assert.equal(new Set(first).size, first.length);
      assert.deepEqual(ids(declarationNodes([declarationIn(path.join(REPO, 'examples')), broken], build)), first);
    }
  });

  it('one declaration shows its items at the top; several show one folder node each', () => {
    // The six activities, then the readiness line.
    assert.equal(declarationNodes([clean], activityNodes).length, 7);
    const folders = declarationNodes([clean, broken], activityNodes);
    assert.deepEqual(folders.map((node) => node.label), ['Exemple Santé SAS', 'Santé Démo SAS']);
    assert.equal(folders[1].description, `broken · ${broken.summary.label}`);
    assert.equal(folders[1].children.length, 7);
    assert.equal(folders[0].expanded, true);
  });

  it('shows one declaration per workspace folder: the one last edited there, else the top one', () => {
    const roots = ['file:///w/a', 'file:///w/a/broken', 'file:///w/a/broken/missing', 'file:///w/b/x', 'file:///elsewhere'];
    const select = (chosen: [string, string][], folders = ['file:///w/a', 'file:///w/b']) => selectDeclarations(roots, (root) => root, folders, new Map(chosen));
    assert.deepEqual(select([]), ['file:///w/a', 'file:///w/b/x', 'file:///elsewhere']);
    assert.deepEqual(select([['file:///w/a', 'file:///w/a/broken']]), ['file:///w/a/broken', 'file:///w/b/x', 'file:///elsewhere']);
    assert.deepEqual(select([], []), [...roots].sort());
  });

  it('calendar: every dated obligation, overdue first, each with its state icon and the line it reveals', () => {
    const nodes = calendarNodes(broken, broken.root);
    // The broken example's exception that has ended is listed among the overdue items, as ended.
    assert.deepEqual(nodes.map((node) => node.contextValue), [...Array(4).fill('hds.calendar.overdue'), 'hds.calendar.ended', ...Array(7).fill('hds.calendar.overdue'), 'hds.calendar.due-soon', ...Array(3).fill('hds.calendar.upcoming')]);
    assert.deepEqual(nodes[0].icon, { id: 'error', color: 'list.errorForeground' });
    assert.deepEqual(nodes[4].icon, { id: 'history', color: 'list.warningForeground' });
    assert.deepEqual(nodes[12].icon, { id: 'warning', color: 'list.warningForeground' });
    // The open major nonconformity of the initial audit comes first: its deadline is the oldest.
    assert.equal(nodes[0].label, 'Close ‘NC-1’');
    assert.equal(nodes[1].label, 'Surveillance audit (year 1)');
    assert.match(nodes[1].tooltip!, /^Surveillance audit, year 1 — HDS certificate ‘HDS-2021-0003’: overdue by 1635 days/);
    assert.equal(nodes[1].description, 'overdue by 1635 days, since 1 June 2022');
    assert.equal(nodes[12].label, 'Certificate of ‘dc-sud1’');
    assert.ok(nodes[12].location!.uri.endsWith('/broken/subcontractors.hds.yaml'));
    assert.equal(nodes[12].location!.range.start.line, 5);
    assert.equal(new Set(ids(nodes)).size, nodes.length);
    const cleanNodes = calendarNodes(clean, clean.root);
    // The surveillance audit due soon, then the ISMS's internal audit, management review and technical audit, the renewal and the expiries.
    assert.deepEqual(cleanNodes.map((node) => node.icon?.id), ['warning', ...Array(7).fill('calendar')]);
    assert.equal(clean.calendarSummary.label, 'Surveillance audit (year 2) in 65 d');
    assert.equal(broken.calendarSummary.label, '11 overdue · 1 exception ended · Certificate of ‘dc-sud1’ in 54 d');
    assert.equal(declarationIn(path.join(REPO, 'examples'), 'fr').calendarSummary.label, 'Audit de surveillance (année 2) dans 65\u00a0j');
  });

  it('package.json contributes the views, the inline action on missing events, and never the server command', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.views.hds.map((view: { id: string }) => view.id), [ACTIVITIES_VIEW, RISK_EVENTS_VIEW, SUBCONTRACTORS_VIEW, CALENDAR_VIEW, REQUIREMENTS_VIEW]);
    const inline = manifest.contributes.menus['view/item/context'].find((entry: { group: string }) => entry.group === 'inline');
    assert.equal(inline.command, 'hds.view.addRiskForEvent');
    assert.equal(inline.when, `view == ${RISK_EVENTS_VIEW} && viewItem == ${MISSING_EVENT}`);
    assert.ok(fs.existsSync(path.join(REPO, manifest.contributes.viewsContainers.activitybar[0].icon)));
    // vscode-languageclient registers the server's commands; registering one again throws.
    const commands = manifest.contributes.commands.map((command: { command: string }) => command.command);
    assert.ok(!commands.includes('hds.addRiskForEvent'));
    const clientSources = fs.readdirSync(path.join(REPO, 'client', 'src'), { recursive: true }).map(String).filter((name) => name.endsWith('.ts'));
    for (const name of clientSources) {
      assert.doesNotMatch(fs.readFileSync(path.join(REPO, 'client', 'src', name), 'utf8'), /registerCommand\(\s*['"]hds\.addRiskForEvent['"]/, name);
    }
  });
});
