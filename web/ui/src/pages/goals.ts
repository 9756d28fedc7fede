// Goals and indicators (#/goals?year=2018): the main goal and the sub-goals, each with a line that
// sums up its progress and a table of its indicators for the year: dimension (RE-AIM or Proctor),
// the figure with its 95 % interval, the earlier figure, the target, the verdict and the trend.
import { indicators, type Indicator } from '../lib/api';
import { h } from '../lib/dom';
import { formatNumber, statusText } from '../lib/format';
import { unitNames } from '../lib/names';
import { failure, pageHeader, section } from '../lib/page';
import { compareGoalCodes, goalProgress, registry, type Goal, type GoalIndicator, type GoalProgress, type IndicatorProgress } from '../lib/registry';
import { activityKindLabel, dimensionLabel } from '../lib/registry_words';
import type { Route } from '../lib/router';
import { scrollable, table } from '../lib/tables';
import { yearRange, yearSelect } from '../lib/year_select';
import { helixLabel } from '../lib/cluster_data';
import { lang, t, tOr } from '../i18n/i18n';

type FigureKind = 'rate' | 'percent' | 'count';

interface Catalog {
  indicators: Map<string, Indicator>;
  units: Map<string, string>;
}

// How a measure's figures read, as in the annual report: rates with one decimal, coverage in per
// cent, counts whole (one decimal where they are not, e.g. full-time equivalents).
function figureKind(measure: string, catalog: Catalog): FigureKind {
  if (measure.startsWith('coverage')) return 'percent';
  const indicator = /^indicator:([^@]+)@/.exec(measure);
  if (indicator && (catalog.indicators.get(indicator[1])?.factor ?? 1) !== 1) return 'rate';
  return 'count';
}

function figure(value: number | null, kind: FigureKind): string {
  if (value === null || value === undefined) return '–';
  if (kind === 'rate') return formatNumber(value, 1, 1);
  if (kind === 'percent') return `${formatNumber(value, 0)}\u00a0%`;
  return Number.isInteger(value) ? formatNumber(value, 0) : formatNumber(value, 1, 1);
}

// The indicator's own label, else a name made from its measure.
function indicatorLabel(indicator: GoalIndicator | undefined, measure: string, catalog: Catalog): string {
  const label = indicator?.label;
  const own = label ? label[lang()] || label.nn : '';
  if (own) return own;
  const unit = (code: string): string => catalog.units.get(code) ?? code;
  const item = /^(indicator|element):([^@]+)@(.+)$/.exec(measure);
  if (item) {
    const name = item[1] === 'indicator' ? (catalog.indicators.get(item[2])?.name ?? item[2]) : item[2];
    return `${tOr(`dx.${item[2]}`, name)}, ${unit(item[3])}`;
  }
  const [head, rest] = measure.split(/[:@](.*)/s);
  if (head === 'coverage') return t('measure.coverage', { unit: unit(rest ?? '') });
  if (head === 'activities') return rest ? t('measure.activitiesKind', { kind: activityKindLabel(rest) }) : t('measure.activities');
  if (head === 'attendees') return rest ? t('measure.attendeesKind', { kind: activityKindLabel(rest) }) : t('measure.attendees');
  if (head === 'members') return rest ? t('measure.membersHelix', { helix: helixLabel(rest) }) : t('measure.members');
  return measure;
}

function goalHeading(goal: { code: string; title: Goal['title'] }): string {
  const title = goal.title[lang()] || goal.title.nn;
  return goal.code === 'main' ? `${t('goals.main')}: ${title}` : `${t('goals.sub', { code: goal.code })}: ${title}`;
}

function verdictText(progress: IndicatorProgress): string {
  const text = tOr(`verdict.${progress.verdict}`, progress.verdict);
  return progress.target_in_interval && progress.verdict !== 'no_data' ? `${text} (${t('goals.targetInInterval')})` : text;
}

function trendCell(progress: IndicatorProgress): HTMLElement {
  return h(
    'span',
    { class: 'pf-trend', 'data-trend': progress.trend },
    tOr(`trend.${progress.trend}`, progress.trend),
    progress.clear_change ? [', ', h('strong', { class: 'pf-clear-change' }, t('goals.clearChange'))] : null,
  );
}

function valueCell(progress: IndicatorProgress, kind: FigureKind): HTMLElement {
  if (progress.status !== 'ok' || progress.value === null) {
    return h('span', { class: 'pf-status' }, statusText(progress.status === 'suppressed' ? 'suppressed' : 'missing'));
  }
  return h('span', { class: 'pf-value' }, figure(progress.value, kind));
}

function indicatorTable(goal: GoalProgress, registered: Goal | undefined, year: number, catalog: Catalog): HTMLElement {
  const rows = goal.indicators.map((progress, index) => {
    const kind = figureKind(progress.measure, catalog);
    const interval = progress.status === 'ok' && progress.ci_low !== null && progress.ci_high !== null ? `${figure(progress.ci_low, kind)}–${figure(progress.ci_high, kind)}` : '';
    const previous = progress.previous_value !== null && progress.previous_year !== null ? `${figure(progress.previous_value, kind)} (${progress.previous_year})` : '–';
    return [
      indicatorLabel(registered?.indicators[index], progress.measure, catalog),
      dimensionLabel(progress.dimension),
      valueCell(progress, kind),
      interval,
      previous,
      progress.target === null ? '–' : figure(progress.target, kind),
      verdictText(progress),
      trendCell(progress),
    ];
  });
  const caption = t('goals.caption', { goal: goal.code === 'main' ? t('goals.main').toLowerCase() : t('goals.sub', { code: goal.code }).toLowerCase(), year });
  const element = table({
    caption,
    className: 'pf-goal-indicators',
    head: [t('goals.indicator'), t('goals.dimension'), t('goals.value', { year }), t('goals.interval'), t('goals.previous'), t('goals.target'), t('goals.verdict'), t('goals.trend')],
    rows,
  });
  const trs = element.querySelectorAll('tbody tr');
  goal.indicators.forEach((progress, index) => {
    const row = trs[index] as HTMLElement;
    row.dataset.measure = progress.measure;
    for (const column of [2, 3, 4, 5]) row.children[column]?.classList.add('pf-num');
  });
  return scrollable(element, caption);
}

function goalSection(goal: GoalProgress, registered: Goal | undefined, year: number, catalog: Catalog): HTMLElement {
  const s = goal.summary;
  const element =
    goal.indicators.length === 0
      ? section(goalHeading(goal), h('p', { class: 'pf-muted' }, t('goals.none')))
      : section(
          goalHeading(goal),
          h(
            'p',
            { class: 'ds-paragraph pf-goal-summary' },
            [
              t('goals.summaryCount', { indicators: s.indicators }),
              s.with_target > 0 ? t('goals.summaryTargets', { met: s.met, withTarget: s.with_target }) : t('goals.summaryNoTargets'),
              t('goals.summaryChange', { better: s.clearly_better, worse: s.clearly_worse, without: s.without_data }),
            ].join(' '),
          ),
          indicatorTable(goal, registered, year, catalog),
        );
  element.dataset.goal = goal.code;
  return element;
}

export async function renderGoals(main: HTMLElement, route: Route): Promise<void> {
  main.append(pageHeader(t('goals.title'), t('goals.lead')));
  const thisYear = new Date().getFullYear();
  const asked = Number(route.params.get('year'));
  let year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear - 1;
  const content = h('div', { class: 'pf-goals' });
  main.append(
    h(
      'div',
      { class: 'pf-toolbar' },
      yearSelect({
        label: t('year.label'),
        years: yearRange(),
        value: String(year),
        onChange: (value) => {
          year = Number(value);
          history.replaceState(null, '', `#/goals?year=${value}`);
          void draw();
        },
      }),
    ),
    content,
  );

  let registered: Goal[] = [];
  let catalog: Catalog = { indicators: new Map(), units: new Map() };
  try {
    const [answer, list, units] = await Promise.all([registry(), indicators().catch(() => [] as Indicator[]), unitNames()]);
    registered = answer.goals;
    catalog = { indicators: new Map(list.map((indicator) => [indicator.code, indicator])), units };
  } catch (error) {
    main.append(failure(error));
    return;
  }

  const draw = async (): Promise<void> => {
    content.setAttribute('aria-busy', 'true');
    try {
      const progress = await goalProgress(year);
      const goals = [...progress.goals].sort((a, b) => compareGoalCodes(a.code, b.code));
      content.replaceChildren(
        ...(goals.length === 0 ? [h('p', { class: 'pf-muted' }, t('goals.noGoals'))] : goals.map((goal) => goalSection(goal, registered.find((g) => g.code === goal.code), year, catalog))),
      );
    } catch (error) {
      content.replaceChildren(failure(error));
    } finally {
      content.removeAttribute('aria-busy');
    }
  };
  await draw();
}
