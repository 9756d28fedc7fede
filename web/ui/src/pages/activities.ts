// The cluster's activities (#/activities?year=2018): conferences, webinars, courses, network
// meetings, concerts and grants of a year or of all years, and how many were held per year and kind.
// Reporters add and change their own participants' activities, coordinators any.
import { participants, type Participant } from '../lib/api';
import { clusterNav } from '../lib/cluster_nav';
import { h, uid } from '../lib/dom';
import { formatNumber } from '../lib/format';
import { editingHint, itemEditor, type ItemEditor, type Values } from '../lib/item_editor';
import { failure, pageHeader, section } from '../lib/page';
import { mayWriteFor, writableParticipants } from '../lib/permissions';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, registry, type Activity } from '../lib/registry';
import { activityKindLabel, activityStatusLabel, formatDate } from '../lib/registry_words';
import type { Route } from '../lib/router';
import { loadSession } from '../lib/session';
import { scrollable, table } from '../lib/tables';
import { yearRange, yearSelect } from '../lib/year_select';
import { t } from '../i18n/i18n';

function yearOf(activity: Activity): number {
  return Number(activity.date.slice(0, 4));
}

function countsTable(list: Activity[]): HTMLElement {
  const held = list.filter((activity) => activity.status === 'held');
  const kinds = ACTIVITY_KINDS.filter((kind) => held.some((activity) => activity.kind === kind));
  const years = [...new Set(held.map(yearOf))].sort((a, b) => a - b);
  if (years.length === 0) return h('p', { class: 'pf-muted' }, t('act.noneHeld'));
  const count = (year: number, kind?: string): number => held.filter((a) => yearOf(a) === year && (kind === undefined || a.kind === kind)).length;
  const element = table({
    caption: t('act.counts'),
    captionHidden: true,
    className: 'pf-activity-counts',
    head: [t('col.year'), ...kinds.map(activityKindLabel), t('col.total')],
    rows: years.map((year) => [String(year), ...kinds.map((kind) => formatNumber(count(year, kind))), formatNumber(count(year))]),
  });
  for (const cell of element.querySelectorAll('td, thead th:not(:first-child)')) cell.classList.add('pf-num');
  return scrollable(element, t('act.counts'));
}

function activityValues(activity: Activity): Values {
  return {
    code: activity.code,
    kind: activity.kind,
    title: activity.title,
    date: activity.date,
    organiser: activity.organiser,
    attendees: activity.attendees === null ? '' : String(activity.attendees),
    status: activity.status,
    place: activity.place,
    note: activity.note,
  };
}

export async function renderActivities(main: HTMLElement, route: Route): Promise<void> {
  main.append(pageHeader(t('act.title'), t('act.lead')), clusterNav('activities'));
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
  const organiserName = (code: string): string => (code ? (names.get(code) ?? code) : t('act.cluster'));
  let year = route.params.get('year') ?? '';

  const listHolder = h('div', { class: 'pf-activity-list' });
  const listHeadingId = uid('activities');
  const listHeading = h('h2', { class: 'ds-heading', 'data-size': 'sm', id: listHeadingId });
  const countsHolder = h('div', {});
  let editor: ItemEditor | null = null;
  let activities: Activity[] = [];

  const drawList = (): void => {
    const shown = activities.filter((activity) => year === '' || String(yearOf(activity)) === year).sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
    const caption = year === '' ? t('act.listAll') : t('act.list', { year });
    listHeading.textContent = caption;
    const editable = (activity: Activity): boolean => editor !== null && mayWriteFor(writable, activity.organiser);
    const withActions = editor !== null && shown.some(editable);
    listHolder.replaceChildren(
      shown.length === 0
        ? h('p', { class: 'pf-muted' }, year === '' ? t('act.noneAll') : t('act.none', { year }))
        : scrollable(
            table({
              caption,
              captionHidden: true,
              className: 'pf-activities',
              rowHeader: false,
              head: [t('act.date'), t('col.kind'), t('act.titleCol'), t('act.organiser'), t('act.place'), t('act.attendees'), t('col.status'), withActions ? t('form.actions') : null].filter((cell) => cell !== null),
              rows: shown.map((activity) => [
                h('span', { class: 'pf-nowrap' }, formatDate(activity.date)),
                activityKindLabel(activity.kind),
                h('span', { 'data-code': activity.code }, activity.title),
                organiserName(activity.organiser),
                activity.place,
                activity.attendees === null ? h('span', { class: 'pf-status' }, t('act.notReported')) : formatNumber(activity.attendees),
                activityStatusLabel(activity.status),
                ...(withActions ? [editable(activity) ? editor!.rowActions(activityValues(activity)) : ''] : []),
              ]),
            }),
            caption,
          ),
    );
    for (const [index, row] of [...listHolder.querySelectorAll('tbody tr')].entries()) row.setAttribute('data-code', shown[index].code);
  };

  const load = async (): Promise<void> => {
    activities = (await registry()).activities;
    drawList();
    countsHolder.replaceChildren(countsTable(activities));
  };

  const years = yearRange();
  const picker = yearSelect({
    label: t('year.label'),
    years,
    value: year,
    allText: t('year.all'),
    onChange: (value) => {
      year = value;
      history.replaceState(null, '', value ? `#/activities?year=${value}` : '#/activities');
      drawList();
    },
  });

  if (writable === 'all' || writable.size > 0) {
    const organisers = list.filter((participant) => mayWriteFor(writable, participant.code)).sort((a, b) => a.name.localeCompare(b.name));
    editor = itemEditor({
      kind: 'activity',
      heading: t('act.formHeading'),
      newLegend: t('act.formNew'),
      editLegend: (title) => t('act.formEdit', { title }),
      fields: [
        { name: 'title', label: t('act.titleCol'), type: 'text', required: true },
        { name: 'kind', label: t('col.kind'), type: 'select', required: true, options: ACTIVITY_KINDS.map((kind) => ({ value: kind, text: activityKindLabel(kind) })) },
        { name: 'date', label: t('act.date'), type: 'date', required: true, help: t('act.dateHelp') },
        {
          name: 'organiser',
          label: t('act.organiser'),
          type: 'select',
          required: writable !== 'all',
          help: writable === 'all' ? undefined : t('act.organiserHelp'),
          options: [...(writable === 'all' ? [{ value: '', text: t('act.cluster') }] : []), ...organisers.map((participant) => ({ value: participant.code, text: participant.name }))],
        },
        { name: 'status', label: t('col.status'), type: 'select', required: true, options: ACTIVITY_STATUSES.map((status) => ({ value: status, text: activityStatusLabel(status) })) },
        { name: 'attendees', label: t('act.attendees'), type: 'whole', help: t('act.attendeesHelp') },
        { name: 'place', label: t('act.place'), type: 'text' },
        { name: 'note', label: t('act.note'), type: 'textarea', help: t('act.noteHelp') },
      ],
      defaults: () => ({ kind: 'webinar', status: 'held', organiser: writable === 'all' ? '' : (organisers[0]?.code ?? '') }),
      toItem: (values) => ({
        code: values.code,
        kind: values.kind,
        title: values.title,
        date: values.date,
        organiser: values.organiser,
        attendees: values.attendees === '' ? null : Number(values.attendees.replace(/[\s\u00a0]/g, '')),
        status: values.status,
        place: values.place,
        note: values.note,
      }),
      onChange: load,
    });
  }

  main.append(
    h('div', { class: 'pf-toolbar' }, picker),
    h('section', { class: 'pf-section', 'aria-labelledby': listHeadingId }, listHeading, editor?.listStatus ?? null, listHolder),
    section(t('act.counts'), h('p', { class: 'ds-paragraph pf-note' }, t('act.countsNote')), countsHolder),
  );
  main.append(editor ? editor.section : editingHint(who, route));

  try {
    await load();
  } catch (error) {
    listHolder.replaceChildren(failure(error));
  }
}
