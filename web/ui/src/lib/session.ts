// Who is signed in: one GET /api/session on load, and again after signing in or out. The session
// itself is an HttpOnly cookie that no script reads; the CSRF token that requests which change
// something must carry is kept here, in memory only (never in localStorage).

export type Role = 'viewer' | 'reporter' | 'coordinator' | 'admin';

export interface SessionState {
  signedIn: boolean;
  user: string;
  role: Role | null;
  orgUnits: string[];
}

export type SignInResult =
  | { ok: true }
  | { ok: false; status: number; retryAfterSeconds: number | null; message: string };

const SIGNED_OUT: SessionState = { signedIn: false, user: '', role: null, orgUnits: [] };

let state: SessionState = SIGNED_OUT;
let csrf = '';
let loading: Promise<SessionState> | null = null;
const listeners = new Set<(state: SessionState) => void>();

interface SessionBody {
  signed_in?: boolean;
  user?: string;
  role?: string;
  org_units?: string[];
  csrf_token?: string;
}

function isRole(role: unknown): role is Role {
  return role === 'viewer' || role === 'reporter' || role === 'coordinator' || role === 'admin';
}

function adopt(body: SessionBody | null, signedIn: boolean): void {
  if (!signedIn || !body || !body.user) {
    state = SIGNED_OUT;
    csrf = '';
  } else {
    state = { signedIn: true, user: body.user, role: isRole(body.role) ? body.role : null, orgUnits: body.org_units ?? [] };
    csrf = body.csrf_token ?? '';
  }
}

function changed(): void {
  for (const listener of listeners) listener(state);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function fetchSession(): Promise<SessionState> {
  try {
    const response = await fetch('/api/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
    const body = response.ok ? ((await readJson(response)) as SessionBody | null) : null;
    adopt(body, body?.signed_in === true);
  } catch {
    // Without an answer, the pages show public output, as to anyone not signed in.
    adopt(null, false);
  }
  return state;
}

// The session as the server knows it; asks the server once per page load.
export function loadSession(): Promise<SessionState> {
  loading ??= fetchSession();
  return loading;
}

export function session(): SessionState {
  return state;
}

export function csrfToken(): string {
  return csrf;
}

// Headers for a request that changes something: the session's CSRF token, when there is one.
export function csrfHeaders(): Record<string, string> {
  return csrf ? { 'X-CSRF-Token': csrf } : {};
}

// Called after every change of who is signed in (sign-in, sign-out, a session found to have ended).
export function onSessionChange(listener: (state: SessionState) => void): void {
  listeners.add(listener);
}

export function mayReport(current: SessionState = state): boolean {
  return current.role === 'reporter' || current.role === 'coordinator' || current.role === 'admin';
}

export async function signIn(user: string, password: string): Promise<SignInResult> {
  const response = await fetch('/api/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ user, password }),
  });
  const body = await readJson(response);
  if (!response.ok) {
    const retry = Number(response.headers.get('Retry-After'));
    const message = (body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${response.status}`;
    return { ok: false, status: response.status, retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : null, message };
  }
  // The sign-in answer has the user but not "signed_in"; ask afresh so that both paths agree.
  adopt(body as SessionBody, true);
  loading = fetchSession();
  await loading;
  changed();
  return { ok: true };
}

export async function signOut(): Promise<void> {
  try {
    await fetch('/api/logout', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', ...csrfHeaders() } });
  } finally {
    loading = fetchSession();
    await loading;
    changed();
  }
}

// After a 401 on a request made with the session: the session has ended (expired, or the server
// restarted). Asks the server, and tells the listeners if that changed who is signed in.
export async function recheckSession(): Promise<SessionState> {
  const before = state;
  loading = fetchSession();
  await loading;
  if (before.signedIn !== state.signedIn || before.user !== state.user || before.role !== state.role) changed();
  return state;
}
