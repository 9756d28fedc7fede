import { defineConfig } from 'vite';

// The CMake build passes --outDir (a folder in its build tree). `npm run dev` serves the pages with
// hot reload and sends /api to a `polyfon serve` on port 8080.
export default defineConfig({
  base: '/',
  build: {
    target: 'es2022',
    assetsDir: 'assets',
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
