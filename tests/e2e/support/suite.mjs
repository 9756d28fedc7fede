// One server and one browser per test file, started before its tests and stopped after them.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { startBrowser, startPolyfon } from './harness.mjs';

export function useServerAndBrowser() {
  const state = { server: null, browser: null };
  before(async () => {
    state.server = await startPolyfon();
    state.browser = await startBrowser();
  });
  after(async () => {
    await state.browser?.close();
    const stopped = await state.server?.stop();
    if (stopped) assert.equal(stopped.code, 0, `polyfon serve exited with ${stopped.code}: ${stopped.stderr}`);
  });
  return {
    get url() {
      return state.server.url;
    },
    async newPage() {
      return state.browser.context.newPage();
    },
  };
}
