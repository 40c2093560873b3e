import { MAX_FILE_CHARS } from '../../../server/src/engine/yamlFile';
import { Unread } from '../fixtures';
import { testRule } from '../ruleTester';

const nested = (depth: number) => `hds: 2\nx: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;

testRule('unreadable-file', {
  valid: [
    { name: 'a file of exactly the size limit', files: { 'main.hds.yaml': `hds: 2\n# ${'x'.repeat(MAX_FILE_CHARS - 10)}\n` } },
    { name: 'accented text, tabs in values and Windows line endings', files: { 'main.hds.yaml': 'hds: 2\r\norganization: { name: "Hôpital Été\tSAS" }\r\n' } },
    { name: 'aliases that expand a little', files: { 'main.hds.yaml': 'hds: 2\nx: &a ["5.1", "5.2"]\ny: [*a, *a, *a]\n' } },
    { name: 'lists nested 100 deep, the limit', files: { 'main.hds.yaml': nested(100) } },
    { name: 'an empty file', files: { 'main.hds.yaml': 'hds: 2\n', 'empty.hds.yaml': '' } },
  ],
  invalid: [
    {
      name: 'a declaration file that is a symbolic link, not read', files: { 'main.hds.yaml': 'hds: 2\n', 'shared.hds.yaml': new Unread({ reason: 'not-a-file', kind: 'symbolic-link' }) },
      errors: [
        { messageId: 'symbolic-link', at: '', file: 'shared.hds.yaml', line: 0, message: 'This declaration file is a symbolic link: links are not followed (one could lead to a device or to a file outside the repository), so it is not checked. Put the file itself here.' },
      ],
    },
    {
      name: 'a named pipe and a device, in French', options: { locale: 'fr' },
      files: { 'main.hds.yaml': 'hds: 2\n', 'pipe.hds.yaml': new Unread({ reason: 'not-a-file', kind: 'named-pipe' }), 'zero.hds.yaml': new Unread({ reason: 'not-a-file', kind: 'device' }) },
      errors: [
        { messageId: 'not-a-file', at: '', file: 'pipe.hds.yaml', line: 0, message: 'Ceci n’est pas un fichier ordinaire mais un tube nommé\u00a0: il n’est ni lu, ni vérifié.' },
        { messageId: 'not-a-file', at: '', file: 'zero.hds.yaml', line: 0, message: 'Ceci n’est pas un fichier ordinaire mais un périphérique\u00a0: il n’est ni lu, ni vérifié.' },
      ],
    },
    {
      name: 'a file too large to be read at all', files: { 'main.hds.yaml': new Unread({ reason: 'too-large', size: 7 * 1024 * 1024 * 1024 }) },
      errors: [
        { messageId: 'too-large', at: '', line: 0, message: 'This file is too large to check (7168 MB; the limit is 4 MB). Split the declaration over several .hds.yaml files.' },
      ],
    },
    {
      name: 'binary bytes', files: { 'main.hds.yaml': 'hds: 2\n\u0000\u0001\u0002' },
      errors: [
        { messageId: 'binary', at: 'h', line: 0, message: 'This file is not text: it contains binary bytes.' },
      ],
    },
    {
      name: 'a file one character over the size limit', files: { 'main.hds.yaml': `hds: 2\n# ${'x'.repeat(MAX_FILE_CHARS - 9)}\n` },
      errors: [
        { messageId: 'too-large', at: 'h', line: 0, message: 'This file is too large to check (4.1 MB; the limit is 4 MB). Split the declaration over several .hds.yaml files.' },
      ],
    },
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
      errors: [
        { messageId: 'alias-expansion', at: 'a', line: 0, message: 'This file expands into too many values through its aliases (*name); it is not checked.' },
      ],
    },
    {
      name: 'lists nested 101 deep', files: { 'main.hds.yaml': nested(101) },
      errors: [
        { messageId: 'too-deep', at: 'h', line: 0, message: 'This file nests values too deeply to be a declaration; it is not checked.' },
      ],
    },
    {
      name: 'a list instead of a mapping', files: { 'main.hds.yaml': '- hds: 2\n' },
      errors: [
        { messageId: 'not-a-mapping', at: '- hds: 2', line: 0, message: 'A declaration file must be a mapping of sections (hds, scope, soa, risks…), not a single value or a list.' },
      ],
    },
    {
      name: 'a single value, in French, in a file beside the main one', files: { 'main.hds.yaml': 'hds: 2\n', 'notes.hds.yaml': 'just some notes\n' }, options: { locale: 'fr' },
      errors: [
        { messageId: 'not-a-mapping', at: 'just some notes', line: 0, file: 'notes.hds.yaml', message: 'Un fichier de déclaration doit être un bloc de sections (hds, scope, soa, risks…), pas une valeur seule ni une liste.' },
      ],
    },
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
