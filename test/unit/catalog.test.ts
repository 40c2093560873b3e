// Consistency of the reference data in server/catalog/: HDS v2 activities, requirements and risk
// events, ISO/IEC 27001:2022 Annex A, countries, adequacy decisions and legal bases for transfers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import activitiesData from '../../server/catalog/activities.json';
import adequacyData from '../../server/catalog/adequacy.json';
import annexAData from '../../server/catalog/annex-a.json';
import auditsData from '../../server/catalog/audits.json';
import countriesData from '../../server/catalog/countries.json';
import legalBasesData from '../../server/catalog/legal-bases.json';
import nonExcludableData from '../../server/catalog/non-excludable-controls.json';
import publicHealthCodeData from '../../server/catalog/public-health-code.json';
import requirementsData from '../../server/catalog/requirements.json';
import riskEventsData from '../../server/catalog/risk-events.json';
import sourcesData from '../../server/catalog/sources.json';
import { auditCycle, auditKindNames, findingLevelNames, internalAuditTopicNames, answeredRequirementIds, countryName, exclusionConditionIds, requirementIdsOf, healthCodeArticle, healthCodeCitation, isInEea, nonExcludableControls, source, territory } from '../../server/src/engine/catalog';
import { rules } from '../../server/src/engine';
import { auditKinds, findingLevels, internalAuditTopics, sectionNames } from '../../server/src/engine/declaration';
import { REPO } from './fixtures';

interface Localized { en: string; fr: string }
interface Activity { id: string; number: number; name: Localized; summary: Localized }
interface Chapter { id: string; title: Localized; requirements: string[] }
interface Requirement { id: string; chapter: string; title: Localized; summary: Localized; checkedBy: string; readFrom?: string[]; dependsOn?: string[] }
interface RiskEvent { id: string; group?: Localized; title: Localized; summary: Localized; children?: string[] }
interface Theme { id: string; clause: string; name: Localized }
interface Control { id: string; theme: string; title: Localized }
interface Decision { country: string; adopted: string; scope?: Localized }
interface LegalBasis { id: string; gdpr: string; name: Localized; summary: Localized }

const activities = activitiesData as Activity[];
const chapters = requirementsData.chapters as Chapter[];
const requirements = requirementsData.requirements as Requirement[];
const scenarioEvents = riskEventsData as RiskEvent[];
const riskEvents = scenarioEvents.filter((event) => !event.children);
const themes = annexAData.themes as Theme[];
const controls = annexAData.controls as Control[];
const eu = countriesData.eea.eu as string[];
const efta = countriesData.eea.efta as string[];
const allCountries = countriesData.all as string[];
const decisions = adequacyData.decisions as Decision[];
const legalBases = legalBasesData as LegalBasis[];

/** Keys that always hold a text in both languages. */
const TEXT_KEYS = new Set(['name', 'title', 'summary', 'scope', 'note', 'group', 'citation']);
/** Keys whose texts must stay short enough for a hover or a diagnostic. */
const SHORT_KEYS = new Set(['summary', 'scope']);

function checkTexts(value: unknown, path: string): number {
  let checked = 0;
  if (Array.isArray(value)) {
    value.forEach((item, index) => { checked += checkTexts(item, `${path}[${index}]`); });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (TEXT_KEYS.has(key)) {
        assert.ok(child !== null && typeof child === 'object' && !Array.isArray(child), `${path}.${key} is not a localized text`);
        const text = child as Record<string, unknown>;
        assert.deepEqual(Object.keys(text).sort(), ['en', 'fr'], `${path}.${key} must have exactly en and fr`);
        for (const locale of ['en', 'fr']) {
          const written = text[locale];
          assert.equal(typeof written, 'string', `${path}.${key}.${locale} is not a string`);
          assert.ok((written as string).trim().length > 0, `${path}.${key}.${locale} is empty`);
          assert.equal(written, (written as string).trim(), `${path}.${key}.${locale} has surrounding spaces`);
          if (SHORT_KEYS.has(key)) assert.ok((written as string).length <= 240, `${path}.${key}.${locale} is too long`);
        }
        checked++;
      } else {
        checked += checkTexts(child, `${path}.${key}`);
      }
    }
  }
  return checked;
}

function range(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);
}

describe('catalog', () => {
  describe('activities (article R.1111-9 of the Public Health Code)', () => {
    it('lists the six activities numbered 1 to 6 in the legal order', () => {
      assert.deepEqual(activities.map((activity) => activity.id), [
        'physical-sites',
        'hardware',
        'virtual-infrastructure',
        'application-platform',
        'administration',
        'backup',
      ]);
      assert.deepEqual(activities.map((activity) => activity.number), [1, 2, 3, 4, 5, 6]);
    });
  });

  describe('HDS v2 requirements', () => {
    it('lists EXI-01 to EXI-31 in order', () => {
      const expected = Array.from({ length: 31 }, (_, index) => `EXI-${String(index + 1).padStart(2, '0')}`);
      assert.deepEqual(requirements.map((requirement) => requirement.id), expected);
    });

    it('says of each requirement whether the rules check it or the register answers it', () => {
      // Checked by the rules: a rule enforces it, or a rule's message sends the user to it (EXI-04 by iso27001-scope).
      const cited = new Set(rules.flatMap((rule) => [
        ...requirementIdsOf(rule.requirement),
        ...Object.values(rule.messages).flatMap((message) => message.en.match(/EXI-\d{2}/g) ?? []),
      ]));
      for (const requirement of requirements) {
        assert.ok(['rules', 'answer'].includes(requirement.checkedBy), `${requirement.id}: checkedBy ${requirement.checkedBy}`);
        if (requirement.checkedBy === 'rules') assert.ok(cited.has(requirement.id), `${requirement.id} is checked by the rules, yet no rule cites it`);
        // What readiness reads to tell a rule-checked requirement answered: sections the model knows.
        if (requirement.checkedBy === 'rules') assert.ok(requirement.readFrom && requirement.readFrom.length > 0 && requirement.readFrom.every((section) => (sectionNames as readonly string[]).includes(section)), `${requirement.id}: readFrom ${JSON.stringify(requirement.readFrom)}`);
        else assert.equal(requirement.readFrom, undefined, `${requirement.id} is answered by the register: it reads no section`);
        for (const other of requirement.dependsOn ?? []) assert.ok(requirements.some((candidate) => candidate.id === other && candidate.checkedBy === 'rules' && other !== requirement.id), `${requirement.id} depends on ${other}`);
      }
      assert.deepEqual(answeredRequirementIds, ['EXI-02', 'EXI-03', 'EXI-06', 'EXI-07', 'EXI-08', 'EXI-09', 'EXI-10', 'EXI-11', 'EXI-13', 'EXI-14', 'EXI-15', 'EXI-16']);
      assert.deepEqual(requirementIdsOf('EXI-17..EXI-20'), ['EXI-17', 'EXI-18', 'EXI-19', 'EXI-20']);
      assert.deepEqual(requirementIdsOf('ISO/IEC 27001 7.5'), []);
    });

    it('puts each requirement in exactly one chapter, consistently with its chapter field', () => {
      const chapterIds = chapters.map((chapter) => chapter.id);
      assert.equal(new Set(chapterIds).size, chapterIds.length, 'duplicate chapter ids');
      const listed = chapters.flatMap((chapter) => chapter.requirements);
      assert.equal(listed.length, 31);
      assert.deepEqual([...listed].sort(), requirements.map((requirement) => requirement.id).sort());
      for (const requirement of requirements) {
        const holders = chapters.filter((chapter) => chapter.requirements.includes(requirement.id));
        assert.equal(holders.length, 1, `${requirement.id} is in ${holders.length} chapters`);
        assert.equal(holders[0].id, requirement.chapter, `${requirement.id} says chapter ${requirement.chapter}`);
      }
    });

    it('follows the referential: ISMS 02-16 (ch. 5), contract 17-27 (ch. 6), sovereignty 28-31 (ch. 7)', () => {
      const number = (id: string) => Number(id.slice(4));
      const inChapter = (id: string) => chapters.find((chapter) => chapter.id === id)!.requirements.map(number);
      assert.deepEqual(inChapter('5'), Array.from({ length: 15 }, (_, index) => index + 2));
      assert.deepEqual(inChapter('6'), Array.from({ length: 11 }, (_, index) => index + 17));
      assert.deepEqual(inChapter('7'), [28, 29, 30, 31]);
      const first = requirements.find((requirement) => requirement.id === 'EXI-01')!;
      assert.ok(!['5', '6', '7'].includes(first.chapter), 'EXI-01 sits before the ISMS chapter');
    });
  });

  describe('EXI-05 risk events', () => {
    it('lists the 13 events in the referential order', () => {
      assert.deepEqual(riskEvents.map((event) => event.id), ['A', 'B.a', 'B.b', 'B.c', 'C', 'D.a', 'D.b', 'D.c', 'D.d', 'E', 'F', 'G', 'H']);
    });

    it('gives a group to the sub-events of B and D only, the same within each family', () => {
      for (const event of riskEvents) {
        assert.equal(event.group !== undefined, event.id.includes('.'), `group of ${event.id}`);
      }
      for (const family of ['B', 'D']) {
        const groups = riskEvents.filter((event) => event.id.startsWith(`${family}.`)).map((event) => JSON.stringify(event.group));
        assert.equal(new Set(groups).size, 1, `sub-events of ${family} disagree on their group`);
      }
    });

    it('lists the families B and D, each before its sub-events and titled like their group', () => {
      const families = scenarioEvents.filter((event) => event.children);
      assert.deepEqual(families.map((event) => [event.id, event.children]), [['B', ['B.a', 'B.b', 'B.c']], ['D', ['D.a', 'D.b', 'D.c', 'D.d']]]);
      for (const family of families) {
        const index = scenarioEvents.indexOf(family);
        assert.equal(scenarioEvents[index + 1].id, family.children![0]);
        assert.deepEqual(family.title, scenarioEvents[index + 1].group);
      }
    });
  });

  describe('ISO/IEC 27001:2022 Annex A', () => {
    it('has the four themes, clauses 5 to 8', () => {
      assert.deepEqual(themes.map((theme) => [theme.id, theme.clause]), [
        ['organizational', '5'],
        ['people', '6'],
        ['physical', '7'],
        ['technological', '8'],
      ]);
    });

    it('has exactly the 93 controls 5.1-5.37, 6.1-6.8, 7.1-7.14, 8.1-8.34 in order', () => {
      const expected = [...range('5.', 37), ...range('6.', 8), ...range('7.', 14), ...range('8.', 34)];
      assert.equal(expected.length, 93);
      assert.deepEqual(controls.map((control) => control.id), expected);
    });

    it('files each control under the theme of its clause', () => {
      const themeOfClause = new Map(themes.map((theme) => [theme.clause, theme.id]));
      for (const control of controls) {
        assert.equal(control.theme, themeOfClause.get(control.id.split('.')[0]), `theme of ${control.id}`);
      }
    });

    it('uses the official English titles', () => {
      const title = (id: string) => controls.find((control) => control.id === id)!.title.en;
      assert.equal(title('5.1'), 'Policies for information security');
      assert.equal(title('5.23'), 'Information security for use of cloud services');
      assert.equal(title('8.24'), 'Use of cryptography');
      assert.equal(title('8.34'), 'Protection of information systems during audit testing');
    });
  });

  describe('countries', () => {
    it('lists the 249 officially assigned ISO 3166-1 alpha-2 codes, sorted and unique', () => {
      assert.equal(allCountries.length, 249);
      assert.equal(new Set(allCountries).size, 249);
      assert.deepEqual([...allCountries].sort(), allCountries);
      for (const code of allCountries) assert.match(code, /^[A-Z]{2}$/);
      assert.ok(!allCountries.includes('EL'), 'EL is an EU code, not ISO 3166-1');
      assert.ok(!allCountries.includes('UK'), 'UK is not the ISO code of the United Kingdom');
    });

    it('has an EEA of 30 countries (EU 27 + Iceland, Liechtenstein, Norway), all known codes', () => {
      assert.equal(eu.length, 27);
      assert.deepEqual([...efta].sort(), ['IS', 'LI', 'NO']);
      const eea = new Set([...eu, ...efta]);
      assert.equal(eea.size, 30);
      for (const code of eea) assert.ok(allCountries.includes(code), `${code} is not an ISO code`);
      for (const code of ['FR', 'DE', 'GR', 'HR', 'IE']) assert.ok(eea.has(code), `${code} missing from the EEA`);
      for (const code of ['CH', 'GB', 'EL', 'US']) assert.ok(!eea.has(code), `${code} must not be in the EEA`);
    });

    it('is a territory: outermost regions and Åland in, OCTs, Svalbard and the Faroes out, each case with its source', () => {
      const territories = countriesData.territories as { code: string; case: string; of?: string; source: Localized; name: Localized }[];
      const caseOf = new Map(territories.map((entry) => [entry.code, entry.case]));
      for (const code of ['GP', 'GF', 'MQ', 'RE', 'YT', 'MF']) assert.equal(caseOf.get(code), 'outermost-region', code);
      assert.equal(caseOf.get('AX'), 'special-territory');
      for (const code of ['GL', 'PF', 'NC', 'PM', 'WF', 'TF', 'BL', 'AW', 'CW', 'SX', 'BQ']) assert.equal(caseOf.get(code), 'oct', code);
      for (const code of ['SJ', 'FO']) assert.equal(caseOf.get(code), 'excluded', code);
      assert.equal(new Set(territories.map((entry) => entry.code)).size, territories.length, 'a code is listed twice');
      for (const entry of territories) {
        assert.ok(allCountries.includes(entry.code), `${entry.code} is not an ISO code`);
        assert.ok(entry.case in countriesData.cases, `${entry.code}: unknown case ${entry.case}`);
        assert.ok(entry.source.en && entry.source.fr, `${entry.code} cites no source`);
        if (entry.of) assert.ok(allCountries.includes(entry.of), `${entry.code} belongs to an unknown state`);
        // An EU member state or EEA state is listed in eea; the territories of its own codes are not.
        if (entry.case !== 'member-state' && entry.case !== 'efta-state') assert.ok(!eu.includes(entry.code) && !efta.includes(entry.code), entry.code);
      }
      assert.ok(checkTexts({ cases: countriesData.cases, territories, note: countriesData.note }, 'countries') > 0);
    });

    it('answers for every code through the engine: in the EEA exactly when its case says so', () => {
      assert.deepEqual(['FR', 'RE', 'GP', 'AX', 'NO', 'IS', 'LI'].filter((code) => !isInEea(code)), []);
      assert.deepEqual(['PF', 'NC', 'BL', 'SJ', 'FO', 'GL', 'CH', 'GB', 'GI', 'US'].filter((code) => isInEea(code)), []);
      assert.equal(territory('RE').case, 'outermost-region');
      assert.equal(territory('US').case, 'third-country');
      assert.equal(countryName('RE', 'en'), 'La Réunion');
      assert.equal(countryName('GF', 'fr'), 'Guyane');
      assert.ok(territory('BL').note && territory('YT').note, 'the disagreement of sources on BL and YT is noted');
    });
  });

  describe('adequacy decisions', () => {
    it('has an update date and valid, unique decisions', () => {
      assert.match(adequacyData.updated, /^\d{4}-\d{2}-\d{2}$/);
      const countries = decisions.map((decision) => decision.country);
      assert.equal(new Set(countries).size, countries.length, 'a country appears twice');
      for (const decision of decisions) {
        assert.match(decision.adopted, /^\d{4}-\d{2}-\d{2}$/, `adoption date of ${decision.country}`);
        assert.ok(!Number.isNaN(Date.parse(decision.adopted)), `adoption date of ${decision.country}`);
        assert.ok(decision.adopted <= adequacyData.updated, `${decision.country} adopted after the update date`);
      }
    });

    it('records what a partial decision requires, as a remote_access key the schema knows', () => {
      const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/hds.schema.json'), 'utf8'));
      const accessKeys = Object.keys(schema.$defs.remoteAccess.anyOf[1].items.properties);
      const required = (decisions as (Decision & { requires?: { key: string } })[]).filter((decision) => decision.requires);
      assert.deepEqual(required.map((decision) => `${decision.country}:${decision.requires!.key}`).sort(), ['CA:pipeda_covered', 'JP:appi_covered', 'KR:pipa_covered', 'US:dpf_certified']);
      for (const decision of required) assert.ok(accessKeys.includes(decision.requires!.key), decision.requires!.key);
    });

    it('covers only known countries outside the EEA', () => {
      const eea = new Set([...eu, ...efta]);
      for (const decision of decisions) {
        assert.ok(allCountries.includes(decision.country), `${decision.country} is not an ISO code`);
        assert.ok(!eea.has(decision.country), `${decision.country} is in the EEA`);
      }
    });

    it('includes the main decisions, with a scope for the partial ones', () => {
      const byCountry = new Map(decisions.map((decision) => [decision.country, decision]));
      for (const code of ['CH', 'GB', 'JP', 'KR', 'CA', 'US']) assert.ok(byCountry.has(code), `${code} missing`);
      assert.equal(byCountry.get('US')!.adopted, '2023-07-10');
      for (const code of ['CA', 'US', 'JP']) assert.ok(byCountry.get(code)!.scope, `${code} needs a scope`);
    });
  });

  describe('legal bases for access from outside the EEA', () => {
    it('has the four bases of GDPR chapter V', () => {
      assert.deepEqual(legalBases.map((basis) => [basis.id, basis.gdpr]), [
        ['adequacy', 'art. 45'],
        ['scc', 'art. 46(2)(c)'],
        ['bcr', 'art. 47'],
        ['derogation', 'art. 49'],
      ]);
    });
  });

  describe('sources a rule rests on besides the referential', () => {
    it('has unique ids, and every source a rule cites is there', () => {
      const ids = sourcesData.sources.map((entry) => entry.id);
      assert.equal(new Set(ids).size, ids.length);
      const cited = rules.flatMap((rule) => (rule.sources ?? []).map((id) => ({ rule: rule.code, id })));
      assert.ok(cited.length > 0);
      for (const { rule, id } of cited) assert.ok(source(id), `${rule} cites ${id}`);
    });
  });

  describe('Annex A controls an HDS host cannot exclude', () => {
    it('names each control once, each an Annex A control of the 2022 edition', () => {
      const ids = nonExcludableControls.map((entry) => entry.control);
      assert.deepEqual([...new Set(ids)], ids, 'a control is listed twice');
      for (const id of ids) assert.ok(controls.some((control) => control.id === id), `${id} is not an Annex A control`);
    });

    it('gives each a known condition, and describes every condition, in both languages', () => {
      assert.deepEqual(Object.keys(nonExcludableData.conditions).sort(), [...exclusionConditionIds].sort());
      for (const entry of nonExcludableControls) assert.ok(exclusionConditionIds.includes(entry.condition), `${entry.control}: unknown condition ${entry.condition}`);
      for (const [id, text] of Object.entries(nonExcludableData.conditions)) assert.ok(text.en.trim() && text.fr.trim(), id);
    });

    it('rests each on HDS v2 requirements its reason names, in both languages', () => {
      for (const entry of nonExcludableControls) {
        assert.ok(entry.requirements.length > 0, `${entry.control}: no requirement`);
        for (const id of entry.requirements) {
          assert.ok(requirements.some((requirement) => requirement.id === id), `${entry.control}: ${id} is not an HDS v2 requirement`);
          for (const locale of ['en', 'fr'] as const) assert.ok(entry.reason[locale].includes(id), `${entry.control}: the ${locale} reason does not name ${id}`);
        }
      }
    });

    it('covers what the referential makes necessary: logging, access rights, backup, supplier relationships, privacy', () => {
      assert.deepEqual(nonExcludableControls.map((entry) => [entry.control, entry.condition]).sort(), [
        ['5.18', 'administers'], ['5.19', 'subcontracts'], ['5.20', 'subcontracts'], ['5.21', 'subcontracts'], ['5.22', 'subcontracts'], ['5.34', 'always'], ['8.13', 'backup'], ['8.15', 'always'],
      ]);
    });
  });

  describe('articles of the Public Health Code', () => {
    it('has L.1111-8 (hosting takes a certificate) and R.1111-9 (the six activities), found by their citation', () => {
      assert.deepEqual(publicHealthCodeData.articles.map((article) => article.id), ['L.1111-8', 'R.1111-9']);
      for (const article of publicHealthCodeData.articles) assert.equal(healthCodeArticle(healthCodeCitation(article.id))?.id, article.id);
      assert.equal(healthCodeArticle('CSP art. R.1111-99'), undefined);
      assert.equal(healthCodeArticle('EXI-01'), undefined);
    });
  });

  describe('the audit cycle (audits.json)', () => {
    it('names every finding level, audit kind and internal audit topic the model and the schema know, in the same order', () => {
      const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/hds.schema.json'), 'utf8'));
      assert.deepEqual(findingLevelNames.map((level) => level.id), [...findingLevels]);
      assert.deepEqual(schema.$defs.auditFinding.properties.level.enum, [...findingLevels]);
      assert.deepEqual(auditKindNames.map((kind) => kind.id), [...auditKinds]);
      assert.deepEqual(schema.properties.certification.properties.hds.properties.audits.items.properties.kind.enum, auditKinds.filter((kind) => kind !== 'surveillance'));
      assert.deepEqual(internalAuditTopicNames.map((topic) => topic.id), [...internalAuditTopics]);
      assert.deepEqual(schema.properties.isms.properties.internal_audits.items.properties.covers.items.enum, [...internalAuditTopics]);
    });
    it('dates the cycle: three months to correct a nonconformity, yearly audits and reviews, a technical audit valid three years', () => {
      assert.deepEqual(auditCycle, { correctionMonths: 3, ismsRunningMonths: 6, internalAuditIntervalMonths: 12, managementReviewIntervalMonths: 12, technicalAuditValidityMonths: 36 });
      assert.match(auditsData.$comment, /esante\.gouv\.fr/);
      assert.ok(source('ans-hds-certification-procedure'));
    });
  });

  describe('texts', () => {
    const files: Record<string, unknown> = {
      'non-excludable-controls': { reasons: nonExcludableData.controls.map((entry) => ({ note: entry.reason })), conditions: Object.values(nonExcludableData.conditions).map((text) => ({ note: text })) },
      'public-health-code': publicHealthCodeData,
      activities: activitiesData,
      requirements: requirementsData,
      'risk-events': riskEventsData,
      'annex-a': annexAData,
      adequacy: adequacyData,
      'legal-bases': legalBasesData,
      sources: sourcesData,
      audits: auditsData,
    };
    for (const [name, data] of Object.entries(files)) {
      it(`${name}: every text has non-empty English and French`, () => {
        assert.ok(checkTexts(data, name) > 0, `no text found in ${name}`);
      });
    }

    it('gives every entry its texts', () => {
      for (const activity of activities) assert.ok(activity.name && activity.summary, activity.id);
      for (const chapter of chapters) assert.ok(chapter.title, chapter.id);
      for (const requirement of requirements) assert.ok(requirement.title && requirement.summary, requirement.id);
      for (const event of scenarioEvents) assert.ok(event.title && event.summary, event.id);
      for (const theme of themes) assert.ok(theme.name, theme.id);
      for (const control of controls) assert.ok(control.title, control.id);
      for (const basis of legalBases) assert.ok(basis.name && basis.summary, basis.id);
      assert.ok(adequacyData.note);
    });
  });
});
