// Draws the annual report's charts: every <script type="application/vnd.vegalite+json"> in the
// page is a Vega-Lite spec for the element named by its data-chart attribute. The report is one
// self-contained HTML file, so this script is inlined into it (built by vite.report.config.ts).
// When every chart is drawn (or failed), <html> gets data-charts="ready" so printing can wait.
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';

async function draw(script: HTMLScriptElement): Promise<void> {
  const target = document.getElementById(script.dataset.chart ?? '');
  if (!target) return;
  const spec = JSON.parse(script.textContent ?? '{}') as TopLevelSpec;
  const runtime = parse(compile(spec).spec, undefined, { ast: true });
  const view = new View(runtime, { renderer: 'svg', container: target, hover: false, expr: expressionInterpreter });
  await view.runAsync();
  const svg = target.querySelector('svg');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', target.getAttribute('aria-label') ?? '');
    // One image named by its label: Vega's roles on marks and axes would be unnamed images inside it.
    svg.removeAttribute('aria-roledescription');
    for (const element of svg.querySelectorAll('[role], [aria-label], [aria-roledescription]')) {
      element.removeAttribute('role');
      element.removeAttribute('aria-label');
      element.removeAttribute('aria-roledescription');
    }
  }
}

async function drawAll(): Promise<void> {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="application/vnd.vegalite+json"]')];
  await Promise.allSettled(scripts.map(draw));
  document.documentElement.dataset.charts = 'ready';
}

void drawAll();
