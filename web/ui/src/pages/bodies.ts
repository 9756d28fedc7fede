// The cluster's governance bodies (#/bodies): steering group, experience panel, secretariat and the
// others, each with its kind, note and members (person, role, the participant represented, term).
import { participants, type Participant } from '../lib/api';
import { clusterNav } from '../lib/cluster_nav';
import { h } from '../lib/dom';
import { failure, pageHeader, section } from '../lib/page';
import { registry, type Body, type BodyMember } from '../lib/registry';
import { bodyKindLabel, formatDate, memberRoleLabel } from '../lib/registry_words';
import { scrollable, table } from '../lib/tables';
import { t } from '../i18n/i18n';

// Bodies in the order people think of them: the steering group first, the secretariat last.
const ORDER = ['steering_group', 'strategy_group', 'scientific_council', 'experience_panel', 'working_group', 'national_network', 'regional_node', 'secretariat'];

function term(member: BodyMember): string {
  if (!member.to) return t('bodies.since', { from: formatDate(member.from) });
  return `${formatDate(member.from)}–${formatDate(member.to)}`;
}

function bodySection(body: Body, names: Map<string, string>): HTMLElement {
  // Sitting members first, then by when they came.
  const members = [...body.members].sort((a, b) => Number(a.to !== null) - Number(b.to !== null) || b.from.localeCompare(a.from));
  const element = section(
    body.name,
    h('dl', { class: 'pf-facts' }, h('dt', {}, t('col.kind')), h('dd', {}, bodyKindLabel(body.kind)), body.note ? [h('dt', {}, t('bodies.note')), h('dd', { class: 'pf-body-note' }, body.note)] : null),
    members.length === 0
      ? h('p', { class: 'pf-muted' }, t('bodies.noMembers'))
      : scrollable(
          table({
            caption: t('bodies.members', { body: body.name }),
            className: 'pf-body-members',
            head: [t('bodies.person'), t('bodies.role'), t('bodies.participant'), t('bodies.term')],
            rows: members.map((member) => [member.person, memberRoleLabel(member.role), member.participant ? (names.get(member.participant) ?? member.participant) : '–', term(member)]),
          }),
          t('bodies.members', { body: body.name }),
        ),
  );
  element.dataset.body = body.code;
  return element;
}

export async function renderBodies(main: HTMLElement): Promise<void> {
  main.append(pageHeader(t('bodies.title'), t('bodies.lead')), clusterNav('bodies'));
  let bodies: Body[];
  let list: Participant[];
  try {
    [bodies, list] = await Promise.all([registry().then((answer) => answer.bodies), participants().catch(() => [] as Participant[])]);
  } catch (error) {
    main.append(failure(error));
    return;
  }
  if (bodies.length === 0) {
    main.append(h('p', { class: 'pf-muted' }, t('bodies.none')));
    return;
  }
  const rank = (kind: string): number => (ORDER.includes(kind) ? ORDER.indexOf(kind) : ORDER.length);
  const names = new Map(list.map((participant) => [participant.code, participant.name]));
  main.append(...[...bodies].sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name)).map((body) => bodySection(body, names)));
}
