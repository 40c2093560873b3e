// The sovereignty facts the rules share (server/src/engine/facts/sovereignty.ts): one list of
// actors, the host first; the rows of the presentation of guarantees; the sites' activities.
import * as assert from 'node:assert/strict';
import { actors, guaranteeActors, storageCountries, transfersOutsideEea } from '../../server/src/engine/facts/sovereignty';
import { check, cleanDeclaration } from './fixtures';

describe('sovereignty facts', () => {
  it('lists the host, then every subcontractor, as actors', () => {
    const declaration = cleanDeclaration();
    declaration.host.remote_access = [{ from: 'TN', basis: 'scc' }];
    const { declaration: model } = check(declaration);
    assert.deepEqual(actors(model).map((actor) => [actor.kind, actor.id, actor.remoteAccess.map((access) => access.from?.value)]), [['host', undefined, ['TN']], ['subcontractor', 'dc', []]]);
    assert.deepEqual(transfersOutsideEea(model).map((country) => country.value), ['TN']);
  });

  it('keeps an old declaration without a host section readable: the host is an actor that has not answered', () => {
    const declaration = cleanDeclaration();
    delete declaration.host;
    const { declaration: model } = check(declaration);
    const [host] = actors(model);
    assert.equal(host.kind, 'host');
    assert.equal(host.name, 'Clinique Test SAS');
    assert.equal(host.remoteAccessAnswer, undefined);
    assert.deepEqual(host.remoteAccess, []);
  });

  it('leaves subcontractors under the host’s supervision out of the presentation of guarantees', () => {
    const declaration = cleanDeclaration();
    declaration.subcontractors.push({ id: 'ops', name: 'Ops', activities: ['administration'], under_host_supervision: true });
    const { declaration: model } = check(declaration);
    assert.deepEqual(guaranteeActors(model).map((actor) => actor.id ?? actor.kind), ['host', 'dc']);
  });

  it('reads which activities each storage site serves, and checks their names', () => {
    const declaration = cleanDeclaration();
    declaration.scope.storage.push({ site: 'reunion-1', country: 'RE', operator: 'dc', activities: ['backup', 'bakup'] });
    const result = check(declaration);
    assert.deepEqual(result.declaration.storage[1].activities.map((activity) => activity.id), ['backup', undefined]);
    assert.deepEqual(storageCountries(result.declaration).map((country) => country.value), ['FR', 'RE', 'FR']);
    const unknown = result.findings.filter((finding) => finding.code === 'unknown-activity');
    assert.deepEqual(unknown.map((finding) => finding.data?.suggestion ?? finding.message), ['backup']);
    assert.deepEqual(result.findings.filter((finding) => finding.code === 'storage-outside-eea'), []);
  });
});
