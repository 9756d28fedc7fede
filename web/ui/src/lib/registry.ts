// The cluster registry (GET /api/registry; docs/formats/registry.md): governance bodies, activities,
// goals with their indicators, and plan items; one item saved (PUT) or deleted at a time. Goal
// progress for a year comes from GET /api/goals.
import { getJson, send } from './api';

export type Texts = { nn: string; nb: string; en: string };

export interface BodyMember {
  person: string;
  participant: string;
  role: string;
  from: string;
  to: string | null;
}

export interface Body {
  code: string;
  name: string;
  kind: string;
  note: string;
  members: BodyMember[];
}

export interface Activity {
  code: string;
  kind: string;
  title: string;
  date: string;
  organiser: string;
  attendees: number | null;
  status: string;
  place: string;
  note: string;
}

export interface GoalIndicator {
  measure: string;
  dimension: string;
  label: Texts;
  targets: Record<string, number>;
  direction: 'higher' | 'lower';
}

export interface Goal {
  code: string;
  parent: string | null;
  title: Texts;
  indicators: GoalIndicator[];
}

export interface PlanItem {
  code: string;
  kind: 'milestone' | 'action';
  plan: number;
  goal: string;
  title: string;
  responsible: string;
  due: string;
  status: string;
  note: string;
}

export interface Registry {
  bodies: Body[];
  activities: Activity[];
  goals: Goal[];
  planItems: PlanItem[];
}

export type RegistryKind = 'body' | 'activity' | 'goal' | 'plan_item';

export const ACTIVITY_KINDS = ['webinar', 'conference', 'course', 'network_meeting', 'seed_grant', 'dissemination_grant', 'concert'];
export const ACTIVITY_STATUSES = ['planned', 'held', 'cancelled', 'postponed'];
export const PLAN_KINDS = ['milestone', 'action'];
export const PLAN_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'];

export async function registry(): Promise<Registry> {
  const body = await getJson<Partial<Registry>>('/api/registry');
  return { bodies: body.bodies ?? [], activities: body.activities ?? [], goals: body.goals ?? [], planItems: body.planItems ?? [] };
}

// Inserts or replaces the item with this code; resolves to the server's "inserted", "updated" or
// "unchanged". Throws ApiError with the server's message (400 for a bad item, 403 when the role or
// the participant does not allow it).
export async function saveItem(kind: RegistryKind, code: string, item: object): Promise<string> {
  const answer = await send<{ status?: string } | null>('PUT', `/api/registry/${kind}/${encodeURIComponent(code)}`, item);
  return answer?.status ?? '';
}

export async function deleteItem(kind: RegistryKind, code: string): Promise<void> {
  await send<unknown>('DELETE', `/api/registry/${kind}/${encodeURIComponent(code)}`);
}

export interface IndicatorProgress {
  measure: string;
  dimension: string;
  direction: string;
  status: 'ok' | 'suppressed' | 'missing' | string;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  previous_year: number | null;
  previous_value: number | null;
  target: number | null;
  verdict: 'met' | 'not_met' | 'no_target' | 'no_data' | string;
  trend: 'up' | 'down' | 'same' | 'unknown' | string;
  clear_change: boolean;
  target_in_interval: boolean;
}

export interface GoalSummary {
  indicators: number;
  with_target: number;
  met: number;
  clearly_better: number;
  clearly_worse: number;
  without_data: number;
}

export interface GoalProgress {
  code: string;
  parent: string | null;
  title: Texts;
  summary: GoalSummary;
  indicators: IndicatorProgress[];
}

export async function goalProgress(year: number): Promise<{ year: number; level: number; goals: GoalProgress[] }> {
  return getJson(`/api/goals?year=${year}`);
}

// "main" first, then as people number goals: 1, 2, 3a, 3b, 4, 10.
export function compareGoalCodes(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'main') return -1;
  if (b === 'main') return 1;
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  if (Number.isNaN(na) !== Number.isNaN(nb)) return Number.isNaN(na) ? 1 : -1;
  return a.localeCompare(b);
}
