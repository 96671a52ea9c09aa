/**
 * The workshop's register of proposals, for the facilitator's view of its collective outputs: the shared
 * register (the promoter's decisions, kept by the facilitator's checklist) and every proposal the participants
 * stated in their own checklists that the shared register does not hold yet, still to be decided. The 60 %
 * commitment is then counted over all the proposals stated by the stakeholders (the method's prerequisite),
 * not over those the facilitator happened to copy. Pure: no DOM, runs in Node.
 */
import type { PrinciplesData, Proposal } from './principles/schema.js';

/** One participant's checklist as last read. */
export interface ParticipantRegister {
  /** Their display name: it stands for "proposed by" where they left it empty. */
  name: string;
  data: PrinciplesData;
}

/**
 * The shared register, then each participant's proposals it does not hold (same id), in the order the
 * participants joined, undecided whatever the participant marked (only the promoter decides).
 */
export function workshopRegister(
  shared: PrinciplesData | undefined,
  participants: readonly ParticipantRegister[],
): PrinciplesData {
  const proposals: Proposal[] = [...(shared?.proposals ?? [])];
  const known = new Set(proposals.map((p) => p.id));
  for (const { name, data } of participants) {
    for (const p of data.proposals) {
      if (known.has(p.id)) continue;
      known.add(p.id);
      proposals.push({
        id: p.id,
        text: p.text,
        proposedBy: p.proposedBy.trim() || name,
        date: p.date,
        decision: 'proposed',
        done: false,
        ...(p.items ? { items: p.items } : {}),
      });
    }
  }
  return { principles: { ...(shared?.principles ?? {}) }, proposals };
}
