// Shared by the end-to-end tests: a fresh demo database and a `polyfon serve` on a free port, a
// headless Chromium (Debian's, driven by playwright-core), page helpers, and axe-core.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../../..');
export const SCREENSHOTS = path.join(REPO, 'docs/screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The users every test server has, made with `polyfon user add` (the password on standard input).
export const PASSWORD = 'korrekt hest batteri';
export const USERS = {
  reporter: { user: 'rita', password: PASSWORD, role: 'reporter', orgUnits: ['HV-BERGEN'] },
  viewer: { user: 'vera', password: PASSWORD, role: 'viewer', orgUnits: [] },
  coordinator: { user: 'cora', password: PASSWORD, role: 'coordinator', orgUnits: [] },
};

// Runs `binary args` with `input` on standard input; rejects with the error output on a non-zero exit.
function runWithInput(binary, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(binary)} ${args.join(' ')} exited with ${code}: ${stderr}`))));
    child.stdin.end(input);
  });
}

function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

// Creates TMP/x.db with the bundled data and the USERS, serves it on a free port, and reads the address from the
// server's first line ("Polyfon serves ... on http://127.0.0.1:PORT/ ...").
export async function startPolyfon() {
  const binary = process.env.POLYFON_BIN;
  if (!binary) throw new Error('POLYFON_BIN must name the built polyfon executable');
  const dir = tempDir('polyfon-e2e-');
  const db = path.join(dir, 'x.db');
  await promisify(execFile)(binary, ['--db', db, 'demo']);
  for (const { user, password, role, orgUnits } of Object.values(USERS)) {
    const units = orgUnits.length > 0 ? ['--org-unit', orgUnits.join(',')] : [];
    await runWithInput(binary, ['--db', db, 'user', 'add', user, '--role', role, ...units], `${password}\n`);
  }
  const child = spawn(binary, ['--db', db, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = readline.createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`polyfon serve did not start: ${stderr}`)), 30000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      const match = /on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
      if (match) resolve(match[1]);
      else reject(new Error(`unexpected first line from polyfon serve: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`polyfon serve exited with ${code}: ${stderr}`)));
  });
  lines.on('line', () => {}); // keep reading so the pipe never fills
  return {
    url,
    // Stops the server with SIGTERM and returns its exit code and error output.
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
      fs.rmSync(dir, { recursive: true, force: true });
      return { code: child.exitCode, stderr };
    },
  };
}

// A headless Chromium with its own profile and config folders, so nothing lands in HOME.
export async function startBrowser() {
  const config = tempDir('polyfon-e2e-xdg-');
  const profile = tempDir('polyfon-e2e-profile-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: config },
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(config, { recursive: true, force: true });
    },
  };
}

// Collects what the page logs as errors. Failed requests are left to the tests' own checks: the
// browser logs each 404, and the pages fall back where an endpoint is not there.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

// Waits until the page's data have arrived and every chart has been drawn (or has failed).
export async function waitForPage(page) {
  await page.waitForSelector('main[data-ready="true"]', { timeout: 30000 });
  await page.waitForFunction(() => [...document.querySelectorAll('figure.pf-figure')].every((figure) => figure.dataset.rendered), null, {
    timeout: 30000,
  });
}

export async function open(page, baseUrl, hash = '') {
  await page.goto(`${baseUrl}${hash ? `#/${hash}` : ''}`);
  await waitForPage(page);
}

// The text of the cell at (row header, column header) in `table`, read as a user reads a table.
export async function cellText(table, rowHeader, columnHeader) {
  return table.evaluate(
    (element, [row, column]) => {
      const headers = [...element.querySelectorAll('thead th')].map((th) => th.textContent.trim());
      const index = headers.indexOf(column);
      if (index < 0) throw new Error(`no column "${column}" in ${headers.join(' | ')}`);
      const tr = [...element.querySelectorAll('tbody tr')].find((r) => r.children[0].textContent.trim() === row);
      if (!tr) throw new Error(`no row "${row}"`);
      return tr.children[index].textContent.trim();
    },
    [rowHeader, columnHeader],
  );
}

// "41,22" (Norwegian) or "41.22" as a number; NaN for words such as "skjult".
export function parseNumber(text) {
  return Number(text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
}

// The annual report's document in its frame on #/annual-report, once its charts are drawn.
export async function reportFrame(page) {
  const handle = await page.waitForSelector('iframe.pf-report-frame');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.charts === 'ready', null, { timeout: 30000 });
  return frame;
}

// Serious and critical axe-core violations on the page as it is now, frames (the annual report)
// included.
export async function axeViolations(page) {
  // Evaluated over the DevTools protocol: the server's Content-Security-Policy refuses inline scripts.
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  for (const frame of page.frames()) await frame.evaluate(source);
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

// Signs in through the sign-in page, as a person does, and waits for the page it leads to.
// `next` is the route to come back to ("report?ou=HV-BERGEN"), or '' for the dashboard.
export async function signIn(page, baseUrl, { user, password }, next = '') {
  await page.goto(`${baseUrl}#/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await waitForPage(page);
  await page.getByLabel('Brukarnamn').fill(user);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await page.locator('.pf-account-user').waitFor();
  await page.waitForFunction(
    (hash) => location.hash === hash && !document.querySelector('form.pf-login') && document.querySelector('main[data-ready="true"]'),
    `#/${next}`,
  );
  await waitForPage(page);
}

// Signs in over the API, as a script would, and returns `request(method, path, json)`, which sends the
// session cookie and CSRF token and resolves to the response.
export async function apiSession(baseUrl, { user, password }) {
  const login = await fetch(new URL('/api/login', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user, password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${user} failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const { csrf_token: csrf } = await login.json();
  return (method, path, json) =>
    fetch(new URL(path, baseUrl), {
      method,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
}

// Signs out with the header's button and waits until the header offers to sign in again.
export async function signOut(page) {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.locator('.pf-account a', { hasText: 'Logg inn' }).waitFor();
  await waitForPage(page);
}
