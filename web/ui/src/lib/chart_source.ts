// Indicator charts come from the server's /api/chart, so that page and report show the same chart;
// where the server has no such endpoint the same kind of spec is built here.
import { ApiError, chartSpec } from './api';
import type { Spec } from './chart';
import { lang, tOr } from '../i18n/i18n';

let serverHasCharts: boolean | null = null;

export async function indicatorChart(
  params: { dx: string; ou: string[]; pe: string; reference?: string },
  fallback: () => Spec,
): Promise<Spec> {
  if (serverHasCharts !== false) {
    try {
      // The y axis names the item in the page's language; the catalog's own names are English.
      const title = tOr(`dx.${params.dx}`, '') || undefined;
      const spec = await chartSpec({ ...params, lang: lang(), title });
      serverHasCharts = true;
      return { ...spec, width: 'container', autosize: { type: 'fit-x', contains: 'padding' } };
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 405)) serverHasCharts = false;
      else console.warn('chart from the server failed; drawing it here', error);
    }
  }
  return fallback();
}
