// Polyfon's JSON-stat as an independent reader sees it: jsonstat-toolkit, the JSON-stat project's
// own JavaScript library, reads `polyfon export --format json-stat` (stored values) and
// /api/analytics?format=json-stat (query rows). No browser: this runs in a second or two.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import JSONstat from 'jsonstat-toolkit';
import { startPolyfon } from './support/harness.mjs';

const run = promisify(execFile);
const binary = process.env.POLYFON_BIN;

// The product of a dataset's sizes: the number of cells it must have.
const cells = (dataset) => dataset.size.reduce((product, size) => product * size, 1);

describe('JSON-stat read by jsonstat-toolkit', () => {
  let dir;
  let server;
  before(async () => {
    assert.ok(binary, 'POLYFON_BIN must name the built polyfon executable');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyfon-jsonstat-'));
    await run(binary, ['--db', path.join(dir, 'x.db'), 'demo']);
    server = await startPolyfon();
  });
  after(async () => {
    const stopped = await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (stopped) assert.equal(stopped.code, 0, `polyfon serve exited with ${stopped.code}: ${stopped.stderr}`);
  });

  test('polyfon export --format json-stat gives the stored values', async () => {
    const { stdout } = await run(binary, ['--db', path.join(dir, 'x.db'), 'export', '--format', 'json-stat'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const dataset = JSONstat(JSON.parse(stdout)).Dataset(0);
    assert.equal(dataset.class, 'dataset');
    assert.deepEqual(dataset.id, ['dx', 'co', 'ou', 'pe']);
    assert.equal(dataset.n, cells(dataset));
    assert.deepEqual(dataset.role.time, ['pe']);
    assert.deepEqual(dataset.role.geo, ['ou']);
    assert.deepEqual(dataset.role.metric, ['dx']);
    const units = dataset.Dimension('ou');
    assert.equal(units.length, dataset.size[2]);
    assert.equal(units.Category('NO-HV').label, 'Helse Vest');
    assert.ok(dataset.Dimension('dx').id.includes('population'));
    const cell = { dx: 'mt_patients', co: 'default', ou: 'NO-HV' };
    assert.equal(dataset.Data({ ...cell, pe: '2018' }).value, 456);
    assert.equal(dataset.Data({ ...cell, pe: '2016' }).value, 214);
    assert.equal(dataset.Data({ ...cell, ou: 'NO-HN', pe: '2016' }).value, 3);
    assert.equal(dataset.Data({ dx: 'population', co: 'default', ou: 'NO', pe: '2020' }).value, 5367580);
    // A cell no stored value fills is null.
    assert.equal(dataset.Data({ dx: 'population', co: 'default', ou: 'HV-BERGEN-PK', pe: '2018' }).value, null);
  });

  test('the public export marks hidden counts confidential', async () => {
    const { stdout } = await run(binary, [
      '--db', path.join(dir, 'x.db'), 'export', '--format', 'json-stat', '--element', 'mt_patients', '--ou',
      'NO-HV,NO-HN', '--pe', '2016:2018', '--public',
    ]);
    const dataset = JSONstat(JSON.parse(stdout)).Dataset(0);
    assert.deepEqual(dataset.size, [1, 1, 2, 3]);
    assert.deepEqual(dataset.Dimension('ou').id, ['NO-HV', 'NO-HN']);
    assert.deepEqual(dataset.Data({ ou: 'NO-HN', pe: '2016' }), { value: null, status: ':' });
    assert.equal(dataset.Data({ ou: 'NO-HV', pe: '2017' }).value, 283);
  });

  test('/api/analytics?format=json-stat gives the query rows', async () => {
    const response = await fetch(
      new URL('api/analytics?dx=mt_patients,mt_patients_per_100k&ou=NO-HV,NO-HN&pe=2016:2018&format=json-stat',
        server.url),
    );
    assert.equal(response.status, 200);
    const dataset = JSONstat(await response.json()).Dataset(0);
    assert.deepEqual(dataset.id, ['dx', 'ou', 'pe']);
    assert.deepEqual(dataset.size, [2, 2, 3]);
    assert.equal(dataset.n, cells(dataset));
    assert.equal(dataset.Dimension('pe').Category(2).label, '2018');
    assert.equal(dataset.Data({ dx: 'mt_patients', ou: 'NO-HV', pe: '2018' }).value, 456);
    // Anonymous callers get public output: Helse Nord's 3 patients of 2016 are hidden.
    assert.deepEqual(dataset.Data({ dx: 'mt_patients', ou: 'NO-HN', pe: '2016' }), { value: null, status: ':' });
  });
});
