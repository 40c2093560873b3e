// Checks a packaged .vsix as Open VSX and the VS Code Marketplace read it, without publishing and
// without the network (`ovsx publish` would upload it; `ovsx verify-pat` needs the registry):
//   node .ci/checkOpenVsx.mjs dist/hds-studio.vsix        (npm run check:open-vsx, after npm run package)
// What is checked: ovsx's own checks, run offline (its manifest validation and licence check on the
// repository, its reader of the package's manifest on the .vsix), then what both registries read
// in the package: extension.vsixmanifest's identity, licence, icon, categories, keywords (tags),
// repository link, gallery banner, and the web extension's entry (ExtensionKind web, both browser
// bundles inside). What is not checked: the registry's server side (namespace ownership, a
// duplicate version, its malware scan), which only a real publication reaches.
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { isLicenseOk } = require('ovsx/lib/check-license.js');
const { readVSIXPackage } = require('ovsx/lib/zip.js');
const yauzl = require('yauzl-promise');

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const vsix = path.resolve(process.argv[2] ?? path.join(REPO, 'dist', 'hds-studio.vsix'));
// The categories the Marketplace accepts (vsce's list); Open VSX takes the same names.
const CATEGORIES = new Set(['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs', 'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization']);

const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
  return ok;
};

async function entries(file) {
  const zip = await yauzl.open(file);
  const found = new Map();
  try {
    for await (const entry of zip) {
      const chunks = [];
      if (/^(extension\.vsixmanifest|extension\/package\.json|extension\/LICENSE(\.txt|\.md)?)$/i.test(entry.filename)) {
        for await (const chunk of await entry.openReadStream()) chunks.push(chunk);
      }
      found.set(entry.filename, Buffer.concat(chunks));
    }
  } finally {
    await zip.close();
  }
  return found;
}

const files = await entries(vsix);
const manifest = await readVSIXPackage(vsix); // ovsx's reader: fails on a package without extension/package.json
check(await isLicenseOk(REPO, manifest), 'ovsx: the extension has no licence (Open VSX refuses unlicensed extensions)');
const xml = files.get('extension.vsixmanifest')?.toString('utf8') ?? '';
check(xml !== '', 'no extension.vsixmanifest in the package');
const attribute = (element, name) => new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
const property = (id) => new RegExp(`<Property Id="${id.replace(/\./g, '\\.')}" Value="([^"]*)"`).exec(xml)?.[1];
const asset = (type) => new RegExp(`<Asset Type="${type.replace(/\./g, '\\.')}" Path="([^"]*)"`).exec(xml)?.[1];

check(attribute('Identity', 'Publisher') === manifest.publisher && attribute('Identity', 'Id') === manifest.name && attribute('Identity', 'Version') === manifest.version, 'the vsixmanifest identity differs from package.json');
check(/^[a-z0-9][a-z0-9-]*$/.test(manifest.name) && /^[a-z0-9][a-z0-9-]*$/.test(manifest.publisher), 'name and publisher must be lower-case letters, digits and dashes (the Open VSX namespace and name)');
check(/^\d+\.\d+\.\d+$/.test(manifest.version), `version ${manifest.version} is not plain semver`);
const license = asset('Microsoft.VisualStudio.Services.Content.License');
check(license && files.has(license), 'no licence file in the package (Content.License asset)');
check(manifest.license === 'MIT', `package.json licence is ${manifest.license}, expected MIT (as LICENSE)`);
const icon = asset('Microsoft.VisualStudio.Services.Icons.Default');
check(icon && files.has(icon) && icon.endsWith('.png'), 'no PNG icon in the package (both registries refuse SVG icons)');
const categories = (/<Categories>([^<]*)<\/Categories>/.exec(xml)?.[1] ?? '').split(',').filter(Boolean);
check(categories.length > 0 && categories.every((category) => CATEGORIES.has(category)), `categories ${categories.join(', ')}: each must be one the Marketplace knows`);
const tags = (/<Tags>([^<]*)<\/Tags>/.exec(xml)?.[1] ?? '').split(',');
check(manifest.keywords.every((keyword) => tags.includes(keyword)) && manifest.keywords.length <= 30, 'keywords missing from the package tags, or more than 30 (the Marketplace limit)');
check(/^https:\/\/github\.com\//.test(property('Microsoft.VisualStudio.Services.Links.Source') ?? ''), 'no repository link (Links.Source)');
check(/^#[0-9a-f]{6}$/i.test(property('Microsoft.VisualStudio.Services.Branding.Color') ?? '') && ['dark', 'light'].includes(property('Microsoft.VisualStudio.Services.Branding.Theme') ?? ''), 'no gallery banner (Branding.Color and Branding.Theme)');
check((property('Microsoft.VisualStudio.Code.ExtensionKind') ?? '').split(',').includes('web'), 'not marked as a web extension (ExtensionKind web): github.dev and the GitLab Web IDE would not offer it');
for (const bundle of [manifest.main, manifest.browser, './dist/browser/server.js']) check(bundle && files.has(`extension/${bundle.replace(/^\.\//, '')}`), `${bundle} is not in the package`);
check(![...files.keys()].some((name) => name.startsWith('extension/node_modules/')), 'node_modules shipped in the package');
check(files.has('extension/changelog.md') && files.has('extension/readme.md'), 'README.md or CHANGELOG.md missing from the package (vsce writes them in lower case)');

const name = `${manifest.publisher}.${manifest.name} ${manifest.version}`;
if (problems.length > 0) {
  console.error(`${path.relative(REPO, vsix)} (${name}) is not ready for Open VSX and the Marketplace:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${path.relative(REPO, vsix)} (${name}): ready for Open VSX and the Marketplace (${files.size} files; licence ${manifest.license}, categories ${categories.join(', ')}, ${tags.length} tags, web extension). Nothing was published.`);
