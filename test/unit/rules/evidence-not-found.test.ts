import { splitDeclaration } from '../fixtures';
import { testRule } from '../ruleTester';

const only = (...existing: string[]) => (uri: string) => existing.includes(uri);

testRule('evidence-not-found', {
  valid: [
    { name: 'evidence that exists', change: (d) => { d.soa[0].evidence = ['docs/pssi.pdf']; }, options: { fileExists: only('file:///workspace/declaration/docs/pssi.pdf') } },
    { name: 'no file check available', change: (d) => { d.soa[0].evidence = ['docs/missing.pdf']; } },
    { name: 'a path outside the workspace is never probed', change: (d) => { d.soa[0].evidence = ['../outside.pdf', 'https://intranet.example/pssi.pdf']; }, options: { fileExists: () => false } },
    { name: 'a path that a symbolic link leads out of the workspace is the other rule’s', change: (d) => { d.soa[0].evidence = ['evidence/passwd']; }, options: { fileExists: () => 'outside' } },
    {
      name: 'a path relative to the file that names it, in a subfolder',
      files: (() => { const { main, soa, risks, subcontractors } = splitDeclaration(); soa.soa[0].evidence = ['../docs/pssi.pdf']; return { 'main.hds.yaml': { ...main, ...risks, ...subcontractors }, 'isms/soa.hds.yaml': soa }; })(),
      options: { fileExists: only('file:///workspace/declaration/docs/pssi.pdf') },
    },
  ],
  invalid: [
    {
      // A path is a path: `?` and `#` are part of the file's name, never a query or a fragment that pssi.md would answer for.
      name: 'a query or a fragment after the name of a file that exists', change: (d) => { d.soa[0].evidence = ['docs/pssi.md?x', 'docs/pssi.md#frag']; }, options: { fileExists: only('file:///workspace/declaration/docs/pssi.md') },
      errors: [
        { messageId: 'notFound', at: 'docs/pssi.md?x', line: 45, data: { path: 'docs/pssi.md?x' }, message: 'Evidence ‘docs/pssi.md?x’ does not exist (paths are relative to this file).' },
        { messageId: 'notFound', at: 'docs/pssi.md#frag', line: 46, data: { path: 'docs/pssi.md#frag' }, message: 'Evidence ‘docs/pssi.md#frag’ does not exist (paths are relative to this file).' },
      ],
    },
    {
      name: 'evidence that does not exist', change: (d) => { d.soa[0].evidence = ['docs/missing.pdf']; }, options: { fileExists: () => false },
      errors: [
        { messageId: 'notFound', at: 'docs/missing.pdf', line: 45, data: { path: 'docs/missing.pdf' }, message: 'Evidence ‘docs/missing.pdf’ does not exist (paths are relative to this file).' },
      ],
    },
    {
      name: 'evidence named in the requirements register is checked like the SoA’s',
      files: { 'main.hds.yaml': 'hds: 2\nrequirements:\n  EXI-10:\n    status: met\n    evidence: [docs/awareness.md, docs/missing.md]\n' },
      options: { fileExists: only('file:///workspace/declaration/docs/awareness.md') },
      errors: [{ messageId: 'notFound', at: 'docs/missing.md', line: 4, data: { path: 'docs/missing.md' } }],
    },
    {
      name: 'a path read from the wrong folder, in French',
      files: (() => { const { main, soa, risks, subcontractors } = splitDeclaration(); soa.soa[0].evidence = ['docs/pssi.pdf']; return { 'main.hds.yaml': { ...main, ...risks, ...subcontractors }, 'isms/soa.hds.yaml': soa }; })(),
      options: { fileExists: only('file:///workspace/declaration/docs/pssi.pdf'), locale: 'fr' },
      errors: [
        { messageId: 'notFound', at: 'docs/pssi.pdf', line: 5, file: 'isms/soa.hds.yaml', data: { path: 'docs/pssi.pdf' }, message: 'La preuve «\u00a0docs/pssi.pdf\u00a0» n’existe pas (les chemins sont relatifs à ce fichier).' },
      ],
    },
  ],
});
