import { defineConfig } from 'vite';

// The annual report's chart script: one self-contained file (no imports, no chunks), which the
// report inlines so that the HTML works offline and prints the same everywhere.
export default defineConfig({
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
    copyPublicDir: false,
    lib: {
      entry: 'src/report/charts.ts',
      formats: ['iife'],
      name: 'PolyfonReportCharts',
      fileName: () => 'report-charts.js',
    },
  },
});
