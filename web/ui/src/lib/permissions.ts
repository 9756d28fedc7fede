// Whose items a signed-in user may change: coordinators and admins any participant's; a reporter
// those of participants whose org unit is one of the reporter's units or lies below one. The server
// decides (403 with its reason); the pages use this to offer only what it will accept.
import { orgUnits, type Participant } from './api';
import { mayReport, type SessionState } from './session';

// The participant codes `who` may write for, or 'all'; an empty set for viewers and visitors.
export async function writableParticipants(who: SessionState, list: Participant[]): Promise<Set<string> | 'all'> {
  if (!who.signedIn || !mayReport(who)) return new Set();
  if (who.role === 'coordinator' || who.role === 'admin') return 'all';
  const parents = new Map<string, string>();
  try {
    for (const unit of await orgUnits()) parents.set(unit.code, unit.parent ?? '');
  } catch {
    // Without the tree, a reporter's own units alone.
  }
  const own = new Set(who.orgUnits);
  const within = (code: string): boolean => {
    const seen = new Set<string>();
    for (let unit = code; unit && !seen.has(unit); unit = parents.get(unit) ?? '') {
      if (own.has(unit)) return true;
      seen.add(unit);
    }
    return false;
  };
  return new Set(list.filter((participant) => participant.org_unit && within(participant.org_unit)).map((participant) => participant.code));
}

export function mayWriteFor(writable: Set<string> | 'all', participant: string): boolean {
  return writable === 'all' || writable.has(participant);
}
