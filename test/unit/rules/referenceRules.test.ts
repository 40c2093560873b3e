// Rules about references: to subcontractors, sites, controls, activities, events, countries.
import { testRule } from '../ruleTester';

testRule('unknown-subcontractor', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'a misspelled subcontractor in an activity', change: (d) => { d.scope.activities.hardware.by = ['dcc']; }, message: "did you mean ‘dc’?", at: 'dcc', data: { id: 'dcc', activity: 'hardware' } },
    { name: 'an unknown storage operator', change: (d) => { d.scope.storage[0].operator = 'acme-hosting'; }, message: "No subcontractor has the id ‘acme-hosting’." },
  ],
});

testRule('unknown-site', {
  valid: [{ name: 'the clean declaration' }, { name: 'a known site', change: (d) => { d.scope.activities.hardware.sites = ['paris-1']; } }],
  invalid: [{ name: 'a misspelled site', change: (d) => { d.scope.activities.hardware.sites = ['paris-2']; }, message: "did you mean ‘paris-1’?", at: 'paris-2' }],
});

testRule('unknown-control', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'a control beyond 8.34', change: (d) => { d.risks[0].controls = ['8.35']; }, message: "‘8.35’ is not an ISO/IEC 27001:2022 Annex A control" },
    { name: 'a 2013 control number', change: (d) => { d.soa[0].control = 'A.9.2.1'; }, message: 'ISO/IEC 27001:2013' },
    { name: 'in French', change: (d) => { d.risks[0].controls = ['9.1']; }, options: { locale: 'fr' }, message: "n'est pas une mesure de l'annexe A" },
  ],
});

testRule('unquoted-control-id', {
  valid: [{ name: 'quoted ids', files: { 'main.hds.yaml': 'soa:\n  - { control: "8.10", applicable: true }\n' } }],
  invalid: [
    {
      name: 'a bare 8.10, read as 8.10 and not 8.1',
      files: { 'main.hds.yaml': 'soa:\n  - { control: 8.10, applicable: true }\n' },
      message: 'Write control ids in quotes ("8.10")',
      at: '8.10',
      line: 1,
    },
  ],
});

testRule('unknown-activity', {
  valid: [{ name: 'the clean declaration' }, { name: 'activities by number', change: (d) => { d.risks[0].activities = [1, 2, 5, 6]; } }],
  invalid: [
    { name: 'a misspelled activity in a risk', change: (d) => { d.risks[0].activities = ['harware']; }, message: "did you mean ‘hardware’?", at: 'harware' },
    { name: 'activity number 7', change: (d) => { d.subcontractors[0].activities = [7]; }, message: "‘7’ is not an HDS activity" },
    { name: 'an unknown activity key in the scope', change: (d) => { d.scope.activities.hosting = { provided: 'in-house' }; }, count: 0 },
  ],
});

testRule('numeric-activity', {
  valid: [{ name: 'activity names' }, { name: 'numbers other than 3 and 4', change: (d) => { d.risks[0].activities = [1, 2, 5, 6]; } }],
  invalid: [
    {
      name: 'activity 3 in a risk, read as virtual infrastructure',
      change: (d) => { d.risks[0].activities = [3]; },
      message: 'Activity 3 is read as ‘virtual-infrastructure’',
      data: { name: 'virtual-infrastructure' },
    },
    {
      name: 'activity 4 as a scope key, in French',
      change: (d) => { d.scope.activities['4'] = d.scope.activities['application-platform']; delete d.scope.activities['application-platform']; },
      options: { locale: 'fr' },
      message: "L'activité 4 est lue comme « application-platform »",
      at: '"4"',
    },
  ],
});

testRule('unknown-risk-event', {
  valid: [{ name: 'the clean declaration' }, { name: 'several scenarios', change: (d) => { d.risks[0].scenarios = ['B.a', 'B.b']; } }],
  invalid: [
    { name: 'a lower-case event', change: (d) => { d.risks[3].scenario = 'b.c'; }, message: "did you mean ‘B.c’?" },
    { name: 'an event that does not exist', change: (d) => { d.risks[0].scenario = 'Z'; }, message: "‘Z’ is not an EXI-05 risk event" },
  ],
});

testRule('unknown-country', {
  valid: [{ name: 'the clean declaration' }, { name: 'Norway written NO (a string in YAML 1.2)', files: { 'main.hds.yaml': 'scope:\n  storage:\n    - { site: oslo, country: NO }\n' } }],
  invalid: [
    { name: 'a lower-case code', change: (d) => { d.scope.storage[0].country = 'fr'; }, message: "did you mean ‘FR’?", at: 'fr' },
    { name: 'EL for Greece', change: (d) => { d.subcontractors[0].storage_countries = ['EL']; }, message: 'Greece is GR' },
    { name: 'a code that does not exist', change: (d) => { d.subcontractors[0].remote_access = [{ from: 'XX', basis: 'scc' }]; }, message: "‘XX’ is not an ISO 3166-1 country code." },
  ],
});
