import { testRule } from '../ruleTester';

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
