// The certification calendar: every dated obligation, overdue first then by date, each pointing
// at the line that sets its date; and the extension point other obligations plug into.
import * as assert from 'node:assert/strict';
import { calendarOf, calendarSources, type CalendarSource } from '../../server/src/engine';
import { calendarSummary } from '../../server/src/services/coverageView';
import { check, cleanDeclaration, TODAY, type Yaml } from './fixtures';

function calendar(change: (declaration: Yaml) => void = () => undefined, options: { today?: string; locale?: 'en' | 'fr' } = {}) {
  const declaration = cleanDeclaration();
  change(declaration);
  const result = check(declaration, { today: options.today ?? TODAY });
  const text = result.declaration.files[0].text.split('\n');
  const items = calendarOf(result.declaration, { today: options.today ?? TODAY, locale: options.locale ?? 'en' });
  const at = (item: (typeof items)[number]) => text[item.location.range.start.line].slice(item.location.range.start.character, item.location.range.end.character);
  return { items, at, declaration: result.declaration };
}

describe('certification calendar', () => {
  it('lists the surveillance audit due, the HDS renewal, the ISO expiry and each subcontractor’s expiry, in date order', () => {
    const { items, at } = calendar();
    // The fixture's certificate runs two years: one surveillance audit, then the renewal.
    assert.deepEqual(items.map((item) => item.kind), ['surveillance-audit', 'hds-renewal', 'iso27001-expiry', 'subcontractor-expiry']);
    assert.deepEqual(items.map((item) => item.date), ['2027-01-01', '2028-01-01', '2028-06-30', '2029-01-01']);
    assert.deepEqual(items.map((item) => item.state), ['due-soon', 'upcoming', 'upcoming', 'upcoming']);
    assert.equal(items[0].days, 40);
    assert.equal(items[0].label, 'Surveillance audit, year 1 — HDS certificate ‘HDS-1’');
    assert.equal(items[0].description, 'in 40 days, 1 January 2027');
    assert.match(items[0].tooltip, /not planned yet/);
    // Each item reveals the line that sets its date (no audit recorded yet: the date of issue).
    assert.deepEqual(items.map(at), ['2026-01-01', '2028-01-01', '2028-06-30', '2029-01-01']);
    assert.equal(items[3].label, 'HDS certificate ‘HDS-DC’ of ‘dc’ expires');
    assert.equal(new Set(items.map((item) => item.id)).size, items.length);
  });

  it('puts overdue items first, drops audits done, and points a planned audit at its date', () => {
    const { items, at } = calendar((d) => {
      Object.assign(d.certification.hds, { issued: '2024-06-01', expires: '2027-05-31', surveillance: [{ date: '2025-05-20', result: 'passed' }, { date: '2027-01-10' }] });
      d.certification.iso27001.edition = 2013;
      d.subcontractors[0].certificate.expires = '2026-11-21';
    });
    assert.deepEqual(items.map((item) => [item.kind, item.state]), [
      ['iso27001-edition', 'overdue'],
      ['surveillance-audit', 'overdue'],
      ['subcontractor-expiry', 'overdue'],
      ['hds-renewal', 'upcoming'],
      ['iso27001-expiry', 'upcoming'],
    ]);
    assert.equal(items[0].description, 'overdue by 387 days, since 31 October 2025');
    assert.equal(items[1].label, 'Surveillance audit, year 2 — HDS certificate ‘HDS-1’');
    assert.match(items[1].tooltip, /planned on 10 January 2027/);
    assert.equal(at(items[1]), '2027-01-10');
    assert.equal(items[2].description, 'overdue by 1 day, since 21 November 2026');
    assert.equal(at(items[0]), '2013');
  });

  it('lists a planned audit on its planned date, with the deadline it must meet beside it', () => {
    const { items, at } = calendar((d) => { d.certification.hds.surveillance = [{ date: '2026-12-15' }]; });
    const audit = items.find((item) => item.kind === 'surveillance-audit')!;
    assert.deepEqual([audit.date, audit.deadline, audit.state, audit.description], ['2026-12-15', '2027-01-01', 'due-soon', 'in 23 days, 15 December 2026']);
    assert.match(audit.tooltip, /; deadline 1 January 2027$/);
    assert.equal(at(audit), '2026-12-15');
    // Planned after its deadline: listed on the plan, which says it misses the deadline.
    const late = calendar((d) => { d.certification.hds.surveillance = [{ date: '2027-02-01' }]; }, { locale: 'fr' }).items.find((item) => item.kind === 'surveillance-audit')!;
    assert.deepEqual([late.date, late.deadline], ['2027-02-01', '2027-01-01']);
    assert.match(late.tooltip, /prévu après son échéance, le 1er\u00a0janvier 2027\u00a0: avancez-le$/);
  });

  it('never takes a placeholder date for a real one: no renewal in 2099, no audit due from it', () => {
    const { items } = calendar((d) => {
      d.certification.hds.expires = '2099-12-31';
      d.certification.hds.issued = 'TODO';
      d.certification.iso27001.expires = '2099-12-31';
    });
    assert.deepEqual(items.map((item) => item.kind), ['subcontractor-expiry']);
  });

  it('reads a subcontractor’s date of issue and referential when they are written', () => {
    const { items, at } = calendar((d) => {
      d.subcontractors[0].certificate = { number: 'HDS-DC', activities: ['physical-sites', 'hardware'], issued: '2024-03-01', referential: 1 };
    });
    const subcontractor = items.filter((item) => item.kind.startsWith('subcontractor-'));
    assert.deepEqual(subcontractor.map((item) => [item.kind, item.date, item.state]), [
      ['subcontractor-referential', '2026-05-16', 'overdue'],
      ['subcontractor-expiry', '2027-02-28', 'upcoming'],
    ]);
    assert.equal(subcontractor[0].label, 'HDS certificate ‘HDS-DC’ of ‘dc’ is on referential 1: no longer valid');
    assert.equal(subcontractor[1].label, 'HDS certificate ‘HDS-DC’ of ‘dc’ expires (three years after issue)');
    assert.deepEqual(subcontractor.map(at), ['1', '2024-03-01']);
  });

  it('speaks French, with dates written the French way', () => {
    const { items } = calendar((d) => { d.subcontractors[0].certificate.expires = '2026-11-23'; }, { locale: 'fr' });
    const subcontractor = items.find((item) => item.kind === 'subcontractor-expiry')!;
    assert.equal(subcontractor.label, 'Fin du certificat HDS «\u00a0HDS-DC\u00a0» de «\u00a0dc\u00a0»');
    assert.equal(subcontractor.description, 'demain, le 23\u00a0novembre 2026');
    assert.equal(items[1].description, 'dans 40\u00a0jours, le 1er\u00a0janvier 2027');
  });

  it('skips what it cannot date, and never fails on a half-written certificate', () => {
    const { items } = calendar((d) => {
      d.certification.hds = { number: 'HDS-1', issued: 'soon', expires: '2028-13-01', surveillance: [{ result: 'passed' }, 'x'] };
      d.certification.iso27001 = { edition: 2019 };
      d.subcontractors[0].certificate = { number: 'HDS-DC' };
    });
    assert.deepEqual(items, []);
  });

  it('summarises what is due next for the status bar', () => {
    const { items } = calendar((d) => { d.subcontractors[0].certificate.expires = '2026-11-01'; });
    const summary = calendarSummary(items, 'en');
    assert.equal(summary.label, '1 overdue · Surveillance audit (year 1) in 40 d');
    assert.deepEqual(summary.location, items[0].location);
    assert.equal(summary.tooltip.split('\n').length, 2);
    assert.equal(calendarSummary([], 'fr').label, 'Aucune échéance datée');
    assert.equal(calendarSummary(calendar(() => undefined, { today: '2027-01-01', locale: 'fr' }).items, 'fr').label, 'Audit de surveillance (année 1) aujourd’hui');
  });

  it('takes obligations from other sources through the same list (accepted exceptions, for instance)', () => {
    const { declaration } = calendar();
    const exceptions: CalendarSource = (model) => [{
      id: 'exception/1', kind: 'exception-end', date: '2026-12-15',
      title: { en: 'Exception ends', fr: 'Fin de l’exception' }, short: { en: 'Exception', fr: 'Exception' },
      at: { file: model.files[0], path: ['organization', 'name'] },
    }];
    const items = calendarOf(declaration, { today: TODAY, locale: 'en' }, [...calendarSources, exceptions]);
    assert.deepEqual(items.map((item) => item.kind), ['exception-end', 'surveillance-audit', 'hds-renewal', 'iso27001-expiry', 'subcontractor-expiry']);
    assert.equal(items[0].location.range.start.line, 2);
  });

  it('lists when each accepted exception ends, at its until line; a placeholder date or a missing rule lists nothing', () => {
    const { items, at } = calendar((d) => {
      d.exceptions = [
        { rule: 'certificate-expiring', target: 'dc', justification: 'Renewal audit booked', approved_by: 'Claire Martin, RSSI', until: '2026-12-15' },
        { rule: 'evidence-not-found', target: 'x.pdf', justification: 'On paper', approved_by: 'Claire Martin, RSSI', until: '2099-12-31' },
        { target: 'y.pdf', justification: 'On paper', approved_by: 'Claire Martin, RSSI', until: '2027-02-01' },
      ];
    }, { locale: 'fr' });
    const ends = items.filter((item) => item.kind === 'exception-end');
    assert.equal(ends.length, 1);
    assert.deepEqual([ends[0].date, ends[0].state, at(ends[0])], ['2026-12-15', 'due-soon', '2026-12-15']);
    assert.equal(ends[0].label, 'Fin de l’exception pour certificate-expiring sur «\u00a0dc\u00a0»');
    assert.match(ends[0].tooltip, /acceptée par Claire Martin, RSSI\u00a0: réexaminez-la/);
  });

  it('says an exception that has ended ended, and what to do with it, rather than that it is overdue', () => {
    const exception = { rule: 'certificate-expiring', target: 'dc', justification: 'Renewal audit booked', approved_by: 'Claire Martin, RSSI', until: '2026-11-20' };
    const english = calendar((d) => { d.exceptions = [exception]; }).items.find((item) => item.kind === 'exception-end')!;
    assert.deepEqual([english.state, english.description], ['ended', 'ended 2 days ago, on 20 November 2026']);
    assert.match(english.tooltip, /the finding it accepted is back at its severity: renew the exception, or remove it$/);
    const french = calendar((d) => { d.exceptions = [exception]; }, { locale: 'fr' }).items.find((item) => item.kind === 'exception-end')!;
    assert.equal(french.description, 'terminée depuis le 20\u00a0novembre 2026 (il y a 2\u00a0jours)');
    // The status bar counts it apart from what is overdue.
    assert.equal(calendarSummary(calendar((d) => { d.exceptions = [exception]; }).items, 'en').label, '1 exception ended · Surveillance audit (year 1) in 40 d');
  });
});
