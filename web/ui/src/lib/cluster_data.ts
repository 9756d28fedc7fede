// Shapes the participant list for the cluster page: counts by kind of actor and region, and
// membership spells for the timeline.
import type { Participant } from './api';
import { t, tOr } from '../i18n/i18n';

export function helixLabel(helix: string): string {
  return tOr(`helix.${helix}`, helix);
}

export function memberLabel(status: string): string {
  return tOr(`member.${status}`, status);
}

// "2017" and "2017-11" become whole dates, so that the timeline can place them.
export function isoDate(from: string): string {
  if (/^\d{4}$/.test(from)) return `${from}-01-01`;
  if (/^\d{4}-\d{2}$/.test(from)) return `${from}-01`;
  return from;
}

export function currentStatus(participant: Participant): string {
  const history = [...(participant.history ?? [])].sort((a, b) => isoDate(a.from).localeCompare(isoDate(b.from)));
  return history.length > 0 ? history[history.length - 1].status : participant.status;
}

export function countsByHelixAndRegion(list: Participant[]): { helix: string; region: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const participant of list) {
    if (currentStatus(participant) === 'left') continue;
    const key = `${participant.helix}|${participant.health_region}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([key, count]) => {
    const [helix, region] = key.split('|');
    return { helix, region, count };
  });
}

export function spells(list: Participant[]): { name: string; status: string; from: string; to: string }[] {
  const today = new Date().toISOString().slice(0, 10);
  const result: { name: string; status: string; from: string; to: string }[] = [];
  for (const participant of list) {
    const history = [...(participant.history ?? [])].sort((a, b) => isoDate(a.from).localeCompare(isoDate(b.from)));
    history.forEach((entry, index) => {
      if (entry.status === 'left') return;
      const to = index + 1 < history.length ? isoDate(history[index + 1].from) : today;
      result.push({ name: participant.name, status: memberLabel(entry.status), from: isoDate(entry.from), to });
    });
  }
  return result;
}

export function historyText(participant: Participant): string {
  return [...(participant.history ?? [])]
    .sort((a, b) => isoDate(a.from).localeCompare(isoDate(b.from)))
    .map((entry) => `${memberLabel(entry.status)} ${t('col.since').toLowerCase()} ${entry.from.slice(0, 7)}`)
    .join(', ');
}
