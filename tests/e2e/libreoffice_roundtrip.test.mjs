// Polyfon's spreadsheets as LibreOffice sees them (Debian's headless Calc, no browser):
// (a) /api/analytics?format=xlsx, converted to CSV by LibreOffice, holds what ?format=csv holds;
// (b) the yearly reporting template, opened and saved again as .xlsx by LibreOffice, still reads
//     back with the same values. soffice must be installed (scripts/install-deps does it): without
//     it the test fails rather than skips.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { startPolyfon } from './support/harness.mjs';

const run = promisify(execFile);
const binary = process.env.POLYFON_BIN;
const templateTool = process.env.POLYFON_TEMPLATE_TOOL;
const soffice = process.env.SOFFICE ?? 'soffice';

// RFC 4180 CSV: quoted fields may hold separators, quotes ("") and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// Cells agree when their texts are equal, or both are numbers and LibreOffice's rounds to ours: the
// CSV export writes fractions with two decimals, the XLSX export the full number (of which
// LibreOffice writes 15 significant digits).
function sameCell(ours, theirs) {
  if (ours === theirs) return true;
  if (ours.trim() === '' || theirs.trim() === '') return false;
  const a = Number(ours);
  const b = Number(theirs);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const decimals = ours.includes('.') ? ours.length - ours.indexOf('.') - 1 : 0;
  return Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-12 * Math.max(1, Math.abs(a));
}

describe('LibreOffice reads what Polyfon writes', () => {
  let dir;
  let profile;
  let server;

  // Runs soffice headless with a profile of its own, converting `file` into `outdir`.
  async function convert(file, to, outdir) {
    try {
      await run(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
        '--convert-to', to, '--outdir', outdir, file], { timeout: 60000 });
    } catch (error) {
      if (error.code === 'ENOENT') assert.fail(`${soffice} not found: install LibreOffice Calc (scripts/install-deps test)`);
      throw error;
    }
    const converted = path.join(outdir, `${path.basename(file, path.extname(file))}.${to.split(':')[0]}`);
    assert.ok(fs.existsSync(converted), `soffice wrote no ${converted}`);
    return converted;
  }

  before(async () => {
    assert.ok(binary, 'POLYFON_BIN must name the built polyfon executable');
    assert.ok(templateTool, 'POLYFON_TEMPLATE_TOOL must name the built polyfon_template_tool');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polyfon-lo-'));
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'polyfon-lo-profile-'));
    server = await startPolyfon();
  });
  after(async () => {
    const stopped = await server?.stop();
    for (const folder of [dir, profile]) if (folder) fs.rmSync(folder, { recursive: true, force: true });
    if (stopped) assert.equal(stopped.code, 0, `polyfon serve exited with ${stopped.code}: ${stopped.stderr}`);
  });

  test('an XLSX export of a query converts to the CSV export', async () => {
    const query = 'api/analytics?dx=mt_patients,mt_patients_per_100k,mt_positions&ou=NO-HV,NO-HN,NO&pe=2016:2019';
    const csvResponse = await fetch(new URL(`${query}&format=csv`, server.url));
    assert.equal(csvResponse.status, 200);
    const ours = parseCsv(await csvResponse.text());
    const xlsxResponse = await fetch(new URL(`${query}&format=xlsx`, server.url));
    assert.equal(xlsxResponse.status, 200);
    const xlsx = path.join(dir, 'query.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(await xlsxResponse.arrayBuffer()));

    // Comma, double quote, UTF-8, from row 1; cell values as stored, not as formatted.
    const converted = await convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false', dir);
    const theirs = parseCsv(fs.readFileSync(converted, 'utf8'));
    assert.equal(theirs.length, ours.length, 'row count');
    assert.ok(ours.length > 30, `a query of ${ours.length} rows`);
    assert.ok(ours.some((row) => row.at(-1) === 'suppressed'), 'the query has hidden cells');
    for (let r = 0; r < ours.length; r += 1) {
      assert.equal(theirs[r].length, ours[r].length, `columns of row ${r + 1}`);
      for (let c = 0; c < ours[r].length; c += 1) {
        assert.ok(sameCell(ours[r][c], theirs[r][c]), `row ${r + 1}, column ${c + 1}: ours '${ours[r][c]}', LibreOffice '${theirs[r][c]}'`);
      }
    }
  });

  test('the reporting template, saved again by LibreOffice, reads back with the same values', async () => {
    const db = path.join(dir, 'template.db');
    await run(binary, ['--db', db, 'demo']);
    const values = path.join(dir, 'betanien-2025.csv');
    fs.writeFileSync(values, [
      'dataelement,period,orgunit,categoryoptioncombo,value,comment',
      'mt_positions,2025,HV-BETANIEN,,1.5,ny stilling',
      'mt_patients,2025,HV-BETANIEN,,12,',
      'mt_patients,2025,HV-BETANIEN,IBBE10,7,',
      '',
    ].join('\n'));
    await run(binary, ['--db', db, 'import', values]);
    const template = path.join(dir, 'rapport.xlsx');
    await run(binary, ['--db', db, 'template', '--participant', 'BETANIEN', '--year', '2025', '-o', template]);

    const expected = [
      'mt_patients,HV-BETANIEN,2025,IBBE10,7,',
      'mt_patients,HV-BETANIEN,2025,default,12,',
      'mt_positions,HV-BETANIEN,2025,default,1.5,ny stilling',
      "mt_positions,HV-BETANIEN-DPS,2025,default,2,FTE: '200 % i 2025' (Tidsskriftet Musikkterapi 2025/4)",
      '',
    ].join('\n');
    const read = async (file) => (await run(templateTool, [db, file])).stdout;
    assert.equal(await read(template), expected, 'the template as Polyfon wrote it');

    const resaved = path.join(dir, 'libreoffice');
    fs.mkdirSync(resaved);
    const converted = await convert(template, 'xlsx', resaved);
    assert.notDeepEqual(fs.readFileSync(converted), fs.readFileSync(template), 'LibreOffice wrote a file of its own');
    assert.equal(await read(converted), expected, 'the template as LibreOffice saved it');
  });
});
