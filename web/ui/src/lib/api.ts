// The JSON API, typed as the server documents it. Tolerant where the server's shape is still settling
// (lists come bare or wrapped in an object named after them). Requests that change something carry
// the session's CSRF token (lib/session.ts).
import { csrfHeaders, onSessionChange } from './session';

export interface AnalyticsRow {
  dx: string;
  ou: string;
  pe: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  ci_low: number | null;
  ci_high: number | null;
  status: 'ok' | 'suppressed' | 'missing' | string;
}

export interface OrgUnit {
  code: string;
  name: string;
  kind: string;
  parent?: string | null;
}

export interface OrgUnitDetail extends OrgUnit {
  ancestors: { code: string; name: string }[];
  children: { code: string; name: string; kind: string }[];
  participants: { code: string; name: string; helix: string; status: string }[];
}

export interface DataElement {
  code: string;
  name: string;
  value_type: string;
  aggregation: string;
}

export interface Indicator {
  code: string;
  name: string;
  numerator: string;
  denominator: string;
  factor: number;
}

export interface Participant {
  code: string;
  name: string;
  type: string;
  helix: string;
  health_region: string;
  org_unit: string | null;
  status: string;
  history: { status: string; from: string }[];
  contact?: string;
}

export interface CoverageRow {
  ou: string;
  pe: string;
  [key: string]: unknown;
}

export interface DataValue {
  dataElement: string;
  period: string;
  orgUnit: string;
  categoryOptionCombo?: string;
  value: string;
}

export interface ImportSummary {
  status: string;
  importCount: { imported: number; updated: number; ignored: number; deleted: number };
  conflicts: { object: string; value: string }[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown = null,
  ) {
    super(message);
  }
}

async function parse(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

function errorMessage(response: Response, body: unknown): string {
  if (body && typeof body === 'object' && 'error' in body) {
    const error = (body as { error: { message?: string } }).error;
    if (error?.message) return error.message;
  }
  return `HTTP ${response.status}`;
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const body = await parse(response);
  if (!response.ok) throw new ApiError(response.status, errorMessage(response, body), body);
  return body as T;
}

// A list that the server sends either bare or as {"name": [...]}.
function list<T>(body: unknown, name: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object' && Array.isArray((body as Record<string, unknown>)[name])) {
    return (body as Record<string, T[]>)[name];
  }
  return [];
}

export function query(params: Record<string, string | string[] | undefined>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    const text = Array.isArray(value) ? value.join(',') : value;
    // Commas and colons stay readable; the server splits on them.
    parts.push(`${name}=${encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  }
  return parts.join('&');
}

export function analyticsUrl(dx: string[], ou: string[], pe: string, format?: string): string {
  return `/api/analytics?${query({ dx, ou, pe, format })}`;
}

export async function analytics(dx: string[], ou: string[], pe: string): Promise<AnalyticsRow[]> {
  return list<AnalyticsRow>(await getJson<unknown>(analyticsUrl(dx, ou, pe)), 'rows');
}

let orgUnitCache: Promise<OrgUnit[]> | null = null;
// What a caller may see depends on who it is: nothing kept from before a sign-in or sign-out is reused.
export function clearCache(): void {
  orgUnitCache = null;
}
onSessionChange(clearCache);

export function orgUnits(): Promise<OrgUnit[]> {
  orgUnitCache ??= getJson<unknown>('/api/orgunits').then((body) => list<OrgUnit>(body, 'orgunits'));
  orgUnitCache.catch(() => (orgUnitCache = null));
  return orgUnitCache;
}

export async function orgUnit(code: string): Promise<OrgUnitDetail> {
  return getJson<OrgUnitDetail>(`/api/orgunits/${encodeURIComponent(code)}`);
}

export async function dataElements(): Promise<DataElement[]> {
  return list<DataElement>(await getJson<unknown>('/api/dataelements'), 'dataelements');
}

export async function indicators(): Promise<Indicator[]> {
  return list<Indicator>(await getJson<unknown>('/api/indicators'), 'indicators');
}

export async function participants(): Promise<Participant[]> {
  return list<Participant>(await getJson<unknown>('/api/participants'), 'participants');
}

export async function coverage(ou: string[], pe: string): Promise<CoverageRow[]> {
  return list<CoverageRow>(await getJson<unknown>(`/api/analyze/coverage?${query({ ou, pe })}`), 'rows');
}

export async function dataValues(de: string[], ou: string[], pe: string[]): Promise<DataValue[]> {
  const body = await getJson<unknown>(`/api/dataValueSets?${query({ de, ou, pe })}`);
  return list<DataValue>(body, 'dataValues');
}

export async function postDataValues(values: DataValue[]): Promise<{ status: number; summary: ImportSummary | null; message: string }> {
  const response = await fetch('/api/dataValueSets', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ dataValues: values }),
  });
  const body = await parse(response);
  const summary = body && typeof body === 'object' && 'importCount' in body ? (body as ImportSummary) : null;
  return { status: response.status, summary, message: response.ok ? '' : errorMessage(response, body) };
}

// A Vega-Lite spec built by the server, so that page and report show the same chart.
export async function chartSpec(params: Record<string, string | string[] | undefined>): Promise<Record<string, unknown>> {
  return getJson<Record<string, unknown>>(`/api/chart?${query(params)}`);
}

export interface ApiToken {
  id: number;
  user: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

// A request that changes something, with the session cookie and its CSRF token. Throws ApiError
// with the server's message when the answer is not 2xx.
export async function send<T>(method: 'POST' | 'PUT' | 'DELETE', url: string, json?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...csrfHeaders() };
  if (json !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, { method, credentials: 'same-origin', headers, body: json === undefined ? undefined : JSON.stringify(json) });
  const body = await parse(response);
  if (!response.ok) throw new ApiError(response.status, errorMessage(response, body), body);
  return body as T;
}

// The signed-in user's API tokens, without their secrets.
export async function apiTokens(): Promise<ApiToken[]> {
  return list<ApiToken>(await getJson<unknown>('/api/tokens'), 'tokens');
}

// A new token; `token` is its secret, which the server shows this once.
export async function createApiToken(label: string): Promise<ApiToken & { token: string }> {
  return send<ApiToken & { token: string }>('POST', '/api/tokens', { label });
}

export async function revokeApiToken(id: number): Promise<void> {
  await send<unknown>('DELETE', `/api/tokens/${encodeURIComponent(String(id))}`);
}

// The contact person of a participant (reporters: their own participants; coordinators: any).
export async function setParticipantContact(code: string, contact: string): Promise<void> {
  await send<unknown>('PUT', `/api/participants/${encodeURIComponent(code)}`, { contact });
}
