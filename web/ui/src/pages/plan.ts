// The plans (#/plan): the milestones of the long-term plan and the actions of each yearly action
// plan, with their goal, who is responsible, the due date and the status. Items past their due date
// and not done or cancelled are marked "forseinka" and counted at the top. Reporters add and change
// items their own participants are responsible for, coordinators any.
import { participants, type Participant } from '../lib/api';
import { clusterNav } from '../lib/cluster_nav';
import { append, h } from '../lib/dom';
import { editingHint, itemEditor, type ItemEditor, type Values } from '../lib/item_editor';
import { alert, failure, pageHeader, section } from '../lib/page';
import { mayWriteFor, writableParticipants } from '../lib/permissions';
import { compareGoalCodes, PLAN_KINDS, PLAN_STATUSES, registry, type Goal, type PlanItem, type Registry } from '../lib/registry';
import { formatDate, planKindLabel, planStatusLabel, todayIso } from '../lib/registry_words';
import type { Route } from '../lib/router';
import { loadSession } from '../lib/session';
import { scrollable, table } from '../lib/tables';
import { lang, t } from '../i18n/i18n';

const LONG_TERM_PLAN = 2030;

export function isOverdue(item: PlanItem, today: string): boolean {
  return item.due < today && (item.status === 'planned' || item.status === 'in_progress');
}

function goalText(code: string, goals: Goal[]): string {
  if (!code) return t('plan.noGoal');
  if (code === 'main') return t('goals.main');
  return goals.some((goal) => goal.code === code) ? t('plan.goalCode', { code }) : code;
}

function itemValues(item: PlanItem): Values {
  return {
    code: item.code,
    kind: item.kind,
    plan: String(item.plan),
    goal: item.goal,
    title: item.title,
    responsible: item.responsible,
    due: item.due,
    status: item.status,
    note: item.note,
  };
}

export async function renderPlan(main: HTMLElement, route: Route): Promise<void> {
  main.append(pageHeader(t('plan.title'), t('plan.lead')), clusterNav('plan'));
  let list: Participant[];
  try {
    list = await participants();
  } catch (error) {
    main.append(failure(error));
    return;
  }
  const who = await loadSession();
  const writable = await writableParticipants(who, list);
  const names = new Map(list.map((participant) => [participant.code, participant.name]));
  const responsibleName = (code: string): string => (code ? (names.get(code) ?? code) : t('plan.secretariat'));

  const summary = h('div', { class: 'pf-plan-summary' });
  const listHolder = h('div', { class: 'pf-plan-list' });
  let editor: ItemEditor | null = null;
  let goals: Goal[] = [];

  const itemTable = (items: PlanItem[], caption: string, today: string): HTMLElement => {
    const editable = (item: PlanItem): boolean => editor !== null && mayWriteFor(writable, item.responsible);
    const withActions = editor !== null && items.some(editable);
    const element = table({
      caption,
      captionHidden: true,
      className: 'pf-plan-items',
      head: [t('plan.titleCol'), t('plan.goal'), t('plan.responsible'), t('plan.due'), t('col.status'), ...(withActions ? [t('form.actions')] : [])],
      rows: items.map((item) => {
        const overdue = isOverdue(item, today);
        return [
          item.note ? h('span', {}, item.title, h('span', { class: 'pf-item-note' }, item.note)) : item.title,
          goalText(item.goal, goals),
          responsibleName(item.responsible),
          h('span', { class: 'pf-nowrap' }, formatDate(item.due)),
          h('span', { class: 'pf-plan-status' }, planStatusLabel(item.status), overdue ? [' ', h('span', { class: 'ds-tag pf-overdue', 'data-color': 'danger', 'data-size': 'sm' }, t('plan.overdueMark'))] : null),
          ...(withActions ? [editable(item) ? editor!.rowActions(itemValues(item)) : ''] : []),
        ];
      }),
    });
    for (const [index, row] of [...element.querySelectorAll('tbody tr')].entries()) {
      row.setAttribute('data-code', items[index].code);
      if (isOverdue(items[index], today)) row.setAttribute('data-overdue', 'true');
    }
    return scrollable(element, caption);
  };

  const draw = (items: PlanItem[]): void => {
    const today = todayIso();
    const byDue = (a: PlanItem, b: PlanItem): number => a.due.localeCompare(b.due) || a.title.localeCompare(b.title);
    const overdue = items.filter((item) => isOverdue(item, today));
    summary.replaceChildren(
      items.length === 0
        ? h('p', { class: 'pf-muted' }, t('plan.noItems'))
        : overdue.length > 0
          ? alert('warning', h('p', {}, h('strong', {}, t('plan.overdueCount', { count: overdue.length, total: items.length }))))
          : alert('success', h('p', {}, t('plan.noneOverdue', { total: items.length }))),
    );
    summary.dataset.overdue = String(overdue.length);
    const milestones = items.filter((item) => item.kind === 'milestone').sort(byDue);
    const actions = items.filter((item) => item.kind !== 'milestone');
    const years = [...new Set(actions.map((item) => item.plan))].sort((a, b) => b - a);
    const blocks: HTMLElement[] = [];
    blocks.push(
      section(
        t('plan.milestones'),
        milestones.length === 0 ? h('p', { class: 'pf-muted' }, t('plan.noMilestones')) : itemTable(milestones, t('plan.milestones'), today),
      ),
    );
    for (const year of years) {
      const title = t('plan.actions', { year });
      blocks.push(section(title, itemTable(actions.filter((item) => item.plan === year).sort(byDue), title, today)));
    }
    if (years.length === 0) blocks.push(section(t('plan.actionsAll'), h('p', { class: 'pf-muted' }, t('plan.noActions'))));
    listHolder.replaceChildren(...blocks);
  };

  const adopt = (answer: Registry): void => {
    goals = answer.goals.sort((a, b) => compareGoalCodes(a.code, b.code));
    draw(answer.planItems);
  };
  const load = async (): Promise<void> => adopt(await registry());

  // The goals are the form's choices: the registry comes before the form.
  let first: Registry;
  try {
    first = await registry();
    goals = first.goals.sort((a, b) => compareGoalCodes(a.code, b.code));
  } catch (error) {
    main.append(failure(error));
    return;
  }

  if (writable === 'all' || writable.size > 0) {
    const responsible = list.filter((participant) => mayWriteFor(writable, participant.code)).sort((a, b) => a.name.localeCompare(b.name));
    const goalTitle = (goal: Goal): string => goal.title[lang()] || goal.title.nn;
    editor = itemEditor({
      kind: 'plan_item',
      heading: t('plan.formHeading'),
      newLegend: t('plan.formNew'),
      editLegend: (title) => t('plan.formEdit', { title }),
      fields: [
        { name: 'title', label: t('plan.titleCol'), type: 'text', required: true },
        { name: 'kind', label: t('col.kind'), type: 'select', required: true, options: PLAN_KINDS.map((kind) => ({ value: kind, text: planKindLabel(kind) })) },
        { name: 'plan', label: t('plan.plan'), type: 'year', required: true, help: t('plan.planHelp', { year: LONG_TERM_PLAN }) },
        {
          name: 'goal',
          label: t('plan.goal'),
          type: 'select',
          options: [{ value: '', text: t('plan.noGoal') }, ...goals.map((goal) => ({ value: goal.code, text: `${goalText(goal.code, goals)}: ${goalTitle(goal)}` }))],
        },
        {
          name: 'responsible',
          label: t('plan.responsible'),
          type: 'select',
          required: writable !== 'all',
          help: writable === 'all' ? undefined : t('plan.responsibleHelp'),
          options: [...(writable === 'all' ? [{ value: '', text: t('plan.secretariat') }] : []), ...responsible.map((participant) => ({ value: participant.code, text: participant.name }))],
        },
        { name: 'due', label: t('plan.due'), type: 'date', required: true },
        { name: 'status', label: t('col.status'), type: 'select', required: true, options: PLAN_STATUSES.map((status) => ({ value: status, text: planStatusLabel(status) })) },
        { name: 'note', label: t('act.note'), type: 'textarea' },
      ],
      defaults: () => ({ kind: 'action', plan: String(new Date().getFullYear()), status: 'planned', responsible: writable === 'all' ? '' : (responsible[0]?.code ?? '') }),
      toItem: (values) => ({
        code: values.code,
        kind: values.kind,
        plan: Number(values.plan),
        goal: values.goal,
        title: values.title,
        responsible: values.responsible,
        due: values.due,
        status: values.status,
        note: values.note,
      }),
      onChange: load,
    });
  }

  append(main, [summary, editor?.listStatus, listHolder, editor ? editor.section : editingHint(who, route)]);
  adopt(first);
}
