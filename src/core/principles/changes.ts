/**
 * What publishing a new version of a principles checklist config does to the checklists already filled in
 * with the previous one: the config editor's report before it publishes. It reads, with principleStatus(), a
 * checklist that gives every previous principle every previous status, so the report says exactly what
 * opening a stored checklist will show.
 */
import { principleStatus } from './model.js';
import type { PrinciplesConfig, PrinciplesData } from './schema.js';

/** A principle, a status or a group the report names. */
export interface PrinciplesChange {
  id: string;
  label: string;
}

/** A removed principle that looks like a new one under another id: keep the old id and its state follows. */
export interface PrincipleRename {
  from: string;
  to: string;
  label: string;
}

export interface PrinciplesChanges {
  /** The config's id changed: the checklists stored under the old one are not found any more. */
  idChanged: boolean;
  /** Principles gone: their stored state is kept but no longer shown. */
  removedPrinciples: PrinciplesChange[];
  renamedPrinciples: PrincipleRename[];
  addedPrinciples: PrinciplesChange[];
  /** Statuses gone: the principles that had one read as not assessed, to be looked at again. */
  removedStatuses: PrinciplesChange[];
  /** Statuses whose kind changed: the assessment counts those principles differently. */
  rekindedStatuses: PrinciplesChange[];
  /** Groups gone: the proposals they made show the group's id as typed text. */
  removedGroups: PrinciplesChange[];
  /** The promoter's threshold changed: the commitment may read as made (or kept) differently. */
  thresholdChanged: boolean;
  /** Stored checklists read differently or are not found. */
  affectsData: boolean;
  contentChanged: boolean;
}

const missing = <T extends { id: string }>(from: readonly T[], to: readonly T[]) =>
  from.filter((entry) => !to.some((other) => other.id === entry.id));

export function principlesChanges(previous: PrinciplesConfig, next: PrinciplesConfig): PrinciplesChanges {
  const removedStatuses: PrinciplesChange[] = [];
  const rekindedStatuses: PrinciplesChange[] = [];
  const probe = next.principles[0]?.id ?? 'p';
  for (const status of previous.statuses) {
    const data: PrinciplesData = {
      principles: { [probe]: { status: status.id, updatedAt: '2000-01-01T00:00:00.000Z' } },
      proposals: [],
    };
    const read = principleStatus(next, data, probe);
    if (!read) removedStatuses.push({ id: status.id, label: status.label });
    else if (read.kind !== status.kind) rekindedStatuses.push({ id: status.id, label: status.label });
  }

  const removed = missing(previous.principles, next.principles);
  const added = next.principles.filter((p) => !previous.principles.some((o) => o.id === p.id));
  const renamedPrinciples: PrincipleRename[] = [];
  const claimed = new Set<string>();
  for (const principle of removed) {
    const place = previous.principles.indexOf(principle);
    const twin =
      added.find((p) => !claimed.has(p.id) && p.text === principle.text) ??
      added.find((p) => !claimed.has(p.id) && next.principles.indexOf(p) === place);
    if (twin) {
      claimed.add(twin.id);
      renamedPrinciples.push({ from: principle.id, to: twin.id, label: twin.text });
    }
  }
  const removedGroups = missing(previous.groups, next.groups).map((g) => ({ id: g.id, label: g.label }));
  const idChanged = previous.id !== next.id;
  return {
    idChanged,
    removedPrinciples: removed.map((p) => ({ id: p.id, label: p.text })),
    renamedPrinciples,
    addedPrinciples: added.map((p) => ({ id: p.id, label: p.text })),
    removedStatuses,
    rekindedStatuses,
    removedGroups,
    thresholdChanged: previous.threshold !== next.threshold,
    affectsData:
      idChanged ||
      removed.length > 0 ||
      removedStatuses.length > 0 ||
      rekindedStatuses.length > 0 ||
      removedGroups.length > 0,
    contentChanged: JSON.stringify(previous) !== JSON.stringify(next),
  };
}
