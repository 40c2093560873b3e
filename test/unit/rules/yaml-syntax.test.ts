import { testRule } from '../ruleTester';

testRule('yaml-syntax', {
  valid: [
    { name: 'an empty file beside the main one', files: { 'main.hds.yaml': 'hds: 2\n', 'empty.hds.yaml': '' } },
    { name: 'brackets, braces and a colon inside quotes', files: { 'main.hds.yaml': 'hds: 2\norganization: { name: "Clinique [Nord] {SAS}: test" }\n' } },
    { name: 'an unclosed bracket and a tab inside a comment', files: { 'main.hds.yaml': 'hds: 2\n# risks: [ { id: R-1,\t\norganization: { name: X }\n' } },
    { name: 'the same key in two different mappings', files: { 'main.hds.yaml': 'hds: 2\norganization: { name: X }\ncertification: { hds: { number: A }, iso27001: { number: B } }\n' } },
  ],
  invalid: [
    {
      name: 'an unclosed flow sequence, reported at the end of the file',
      files: { 'main.hds.yaml': 'hds: 2\nscope:\n  storage: [ { site: a, country: FR }\n' },
      errors: [
        { messageId: 'unclosed', at: '', line: 3, message: 'YAML syntax error: a [ … ] is never closed here: add the missing ‘]’ (or fix the indentation of the lines below).' },
      ],
    },
    {
      name: 'an unclosed bracket inside braces, reported once with the character to add',
      files: { 'main.hds.yaml': 'hds: 2\nrisks:\n  - { id: R-1, controls: ["5.1", "5.2" }\n' },
      errors: [
        { messageId: 'unclosed', at: '}', line: 2, message: 'YAML syntax error: a [ … ] is never closed here: add the missing ‘]’ (or fix the indentation of the lines below).' },
      ],
    },
    {
      name: 'an unclosed brace, in French',
      files: { 'main.hds.yaml': 'hds: 2\norganization: { name: X\n' },
      options: { locale: 'fr' },
      errors: [
        { messageId: 'unclosed', at: '', line: 2, message: 'Erreur de syntaxe YAML\u00a0: un { … } n’est pas refermé ici\u00a0: ajoutez le ‘}’ manquant (ou corrigez l’indentation des lignes suivantes).' },
      ],
    },
    {
      name: 'a duplicated key, in French', files: { 'main.hds.yaml': 'hds: 2\nhds: 2\n' }, options: { locale: 'fr' },
      errors: [
        { messageId: 'known', at: 'hds', line: 1, message: 'Erreur de syntaxe YAML\u00a0: Cette clé est déjà utilisée dans ce bloc.' },
      ],
    },
    {
      name: 'two YAML documents in one file', files: { 'main.hds.yaml': 'hds: 2\n---\nsoa: []\n' },
      errors: [
        { messageId: 'known', at: '---', line: 1, message: 'YAML syntax error: Only one YAML document per file: split it into several .hds.yaml files.' },
      ],
    },
    {
      name: 'a tab used for indentation', files: { 'main.hds.yaml': 'hds: 2\norganization:\n\tname: X\n' },
      errors: [
        { messageId: 'known', at: '\t', line: 2, message: 'YAML syntax error: Tabs cannot indent YAML: use spaces.' },
      ],
    },
    {
      name: 'an escape the parser has no wording for, in its own words', files: { 'main.hds.yaml': 'hds: 2\norganization: { name: "a\\qb" }\n' },
      errors: [
        { messageId: 'unknown', at: '\\', line: 1, message: 'YAML syntax error: Invalid escape sequence \\q' },
      ],
    },
    {
      name: 'mistakes in two files, each reported in its file',
      files: { 'main.hds.yaml': 'hds: 2\nhds: 2\n', 'soa.hds.yaml': 'soa:\n\t- { control: "5.1" }\n' },
      errors: [
        { messageId: 'known', at: 'hds', line: 1, message: 'YAML syntax error: This key is already used in this mapping.' },
        { messageId: 'known', at: '\t', line: 1, file: 'soa.hds.yaml', message: 'YAML syntax error: Tabs cannot indent YAML: use spaces.' },
      ],
    },
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
