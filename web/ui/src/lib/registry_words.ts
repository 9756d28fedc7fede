// The registry's enumerations in the interface language: RE-AIM and Proctor dimensions, kinds and
// statuses of activities and plan items, kinds of bodies and members' roles. Unknown values are
// shown as they are.
import { locale, tOr } from '../i18n/i18n';

export function dimensionLabel(dimension: string): string {
  return tOr(`dim.${dimension}`, dimension);
}

export function activityKindLabel(kind: string): string {
  return tOr(`actKind.${kind}`, kind);
}

export function activityStatusLabel(status: string): string {
  return tOr(`actStatus.${status}`, status);
}

export function planKindLabel(kind: string): string {
  return tOr(`planKind.${kind}`, kind);
}

export function planStatusLabel(status: string): string {
  return tOr(`planStatus.${status}`, status);
}

export function bodyKindLabel(kind: string): string {
  return tOr(`bodyKind.${kind}`, kind);
}

export function memberRoleLabel(role: string): string {
  return tOr(`memberRole.${role}`, role);
}

// "2018-11-22" as the language writes a date ("22.11.2018", "22/11/2018"); other text as it is.
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toLocaleDateString(locale(), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
}

// Today as YYYY-MM-DD in the browser's own time zone.
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
