import { testRule } from '../ruleTester';

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
      message: "L’activité 4 est lue comme « application-platform »",
      at: '"4"',
    },
  ],
});
