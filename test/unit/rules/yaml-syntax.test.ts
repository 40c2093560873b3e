import { testRule } from '../ruleTester';

testRule('yaml-syntax', {
  valid: [
    { name: 'the clean declaration' },
    { name: 'an empty file beside the main one', files: { 'main.hds.yaml': 'hds: 2\n', 'empty.hds.yaml': '' } },
  ],
  invalid: [
    { name: 'an unclosed flow sequence', files: { 'main.hds.yaml': 'hds: 2\nscope:\n  storage: [ { site: a, country: FR }\n' }, message: 'YAML syntax error' },
    {
      name: 'an unclosed bracket inside braces, reported once with the character to add',
      files: { 'main.hds.yaml': 'hds: 2\nrisks:\n  - { id: R-1, controls: ["5.1", "5.2" }\n' },
      message: 'a [ … ] is never closed here: add the missing ‘]’',
      line: 2,
    },
    { name: 'a duplicated key, in French', files: { 'main.hds.yaml': 'hds: 2\nhds: 2\n' }, options: { locale: 'fr' }, message: 'Cette clé est déjà utilisée', line: 1 },
    { name: 'two YAML documents in one file', files: { 'main.hds.yaml': 'hds: 2\n---\nsoa: []\n' }, message: 'Only one YAML document per file', line: 1 },
    { name: 'a tab used for indentation', files: { 'main.hds.yaml': 'hds: 2\norganization:\n\tname: X\n' }, count: 1 },
    {
      name: 'a merge key, which YAML 1.2 does not merge',
      files: { 'main.hds.yaml': 'hds: 2\nscope:\n  activities:\n    hardware: { <<: { provided: in-house } }\n' },
      errors: [{ messageId: 'merge-key', at: '<<', line: 3 }],
    },
    {
      name: 'a tag outside YAML 1.2, in French',
      files: { 'main.hds.yaml': 'hds: 2\norganization: !custom { name: X }\n' },
      options: { locale: 'fr' },
      errors: [{ messageId: 'known', at: '!custom', line: 1, message: 'cette étiquette n’est pas une étiquette YAML 1.2' }],
    },
    {
      name: 'a duplicated key is marked whole',
      files: { 'main.hds.yaml': 'hds: 2\norganization: { name: X }\norganization: { name: Y }\n' },
      errors: [{ messageId: 'known', at: 'organization', line: 2 }],
    },
  ],
});
