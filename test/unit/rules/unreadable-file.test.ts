import { testRule } from '../ruleTester';

testRule('unreadable-file', {
  valid: [{ name: 'the clean declaration' }],
  invalid: [
    { name: 'binary bytes', files: { 'main.hds.yaml': 'hds: 2\n\u0000\u0001\u0002' }, message: 'binary' },
    { name: 'a file over the size limit', files: { 'main.hds.yaml': `hds: 2\n# ${'x'.repeat(4 * 1024 * 1024)}\n` }, message: 'too large' },
    {
      name: 'an alias bomb',
      files: {
        'main.hds.yaml': [
          'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
          'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
          'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
          'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
          'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
          'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
          'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]',
        ].join('\n'),
      },
      message: 'aliases',
    },
    { name: 'a list instead of a mapping', files: { 'main.hds.yaml': '- hds: 2\n' }, message: 'must be a mapping' },
    {
      name: 'flow brackets nested thousands deep, refused before the parser recurses into them',
      files: { 'main.hds.yaml': `hds: 2\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n` },
      errors: [{ messageId: 'too-deep', at: 'h', line: 0 }],
    },
    {
      name: 'bytes that are not UTF-8 (a Latin-1 é), marked where they start',
      files: { 'main.hds.yaml': Buffer.concat([Buffer.from('hds: 2\norganization: { name: "Clinique '), Buffer.from([0xe9]), Buffer.from('" }\n')]) },
      errors: [{ messageId: 'invalid-utf8', at: '\ufffd', line: 1 }],
    },
  ],
});
