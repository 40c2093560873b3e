// What "HDS: Export…" offers: every kind `hds-check export` makes, in each of its formats, the
// kind's default first, named in English and in French; and the manifest entries of the command.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultLanguage, documentChoices, strings } from '../../../client/src/exportChoices';
import { EXPORT_KINDS, KIND_FORMATS } from '../../../server/src/documents';
import { REPO } from '../fixtures';

describe('client: the choices of HDS: Export…', () => {
  it('offers every kind in every format the server exports, defaults first', () => {
    const offered = documentChoices('en').map((choice) => `${choice.document.kind}.${choice.document.format}`);
    assert.deepEqual(offered, EXPORT_KINDS.flatMap((kind) => KIND_FORMATS[kind].map((format) => `${kind}.${format}`)));
    assert.deepEqual(offered, ['soa.xlsx', 'soa.csv', 'risks.xlsx', 'risks.csv', 'requirements.xlsx', 'requirements.csv', 'requirements.md', 'guarantees.html', 'guarantees.md', 'transfers-page.html']);
  });

  it('names them in English and in French, each label its own', () => {
    for (const locale of ['en', 'fr'] as const) {
      const labels = documentChoices(locale).map((choice) => choice.label);
      assert.equal(new Set(labels).size, labels.length, labels.join(' | '));
    }
    assert.equal(documentChoices('en')[1].label, 'Statement of Applicability — CSV for Excel');
    assert.equal(documentChoices('fr')[1].label, 'Déclaration d’applicabilité — CSV pour Excel');
    assert.equal(documentChoices('fr')[9].label, 'Page des transferts (EXI-31) — Page HTML');
    assert.equal(documentChoices('fr')[4].label, 'Liste de contrôle des exigences (EXI-01 à EXI-31) — Classeur Excel');
    // The requirements checklist is offered in French first (EXI-08), the others in the user's language.
    assert.equal(defaultLanguage('requirements', 'en'), 'fr');
    assert.equal(defaultLanguage('soa', 'en'), 'en');
    assert.equal(defaultLanguage('soa', 'fr'), 'fr');
    assert.deepEqual(Object.keys(strings.fr).sort(), Object.keys(strings.en).sort());
    assert.match(strings.fr.refused(3), /^La déclaration comporte 3\u00a0erreurs\. L’exporter quand même, comme brouillon\u00a0\?/);
    // Undecided answers are counted apart, in both languages.
    assert.match(strings.en.refused(5, 2), /^The declaration has 3 errors and 2 undecided answers\. Export it anyway/);
    assert.match(strings.en.refused(1, 1), /^The declaration has 1 undecided answer\. Export it anyway/);
    assert.match(strings.fr.refused(2, 1), /^La déclaration comporte 1\u00a0erreur et 1\u00a0réponse en suspens\. L’exporter/);
  });

  it('is a command of the palette and of the editor title menu, titled in both languages', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.ok(manifest.contributes.commands.some((entry: { command: string; title: string }) => entry.command === 'hds.export' && entry.title === '%command.export%'));
    assert.equal(manifest.contributes.menus.commandPalette.find((entry: { command: string }) => entry.command === 'hds.export')?.when, 'editorLangId == hds-yaml');
    assert.equal(manifest.contributes.menus['editor/title'].find((entry: { command: string }) => entry.command === 'hds.export')?.when, 'resourceLangId == hds-yaml');
    assert.equal(JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'))['command.export'], 'Export…');
    assert.equal(JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.fr.json'), 'utf8'))['command.export'], 'Exporter…');
  });
});
