/**
 * What the server keeps, as queries: workshops, participants, tokens (hashed) and documents with their version.
 * Document writes check their precondition and bump the version in one transaction, and announce the change
 * with NOTIFY in that same transaction (db.ts).
 */
import type { Database, Sql } from './db.js';
import { hashToken, newId, newToken, type Role } from './tokens.js';

/** Where a document lives in its workshop: `shared` (the facilitator's), or a participant's id. */
export type Scope = 'shared' | `p-${string}`;

export interface Access {
  readonly workshopId: string;
  readonly role: Role;
  readonly participantId: string | null;
  readonly tokenHash: string;
}

export interface Document {
  readonly body: string;
  readonly etag: string;
}

export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly joinedAt: string;
}

/**
 * A change, as NOTIFY carries it: a document written or deleted, a participant's tokens revoked, a participant
 * removed (after one `doc` change per document of theirs, deleted), or the whole workshop deleted.
 */
export type Change =
  | { readonly t: 'doc'; readonly w: string; readonly s: Scope; readonly k: string; readonly e: string | null }
  | { readonly t: 'revoke'; readonly w: string; readonly p: string }
  | { readonly t: 'remove'; readonly w: string; readonly p: string }
  | { readonly t: 'drop'; readonly w: string };

/** The write's precondition, from If-Match / If-None-Match; `null`: none. */
export interface Precondition {
  readonly ifMatch: readonly string[] | '*' | null;
  readonly ifNoneMatch: readonly string[] | '*' | null;
}

export type WriteResult =
  | { readonly outcome: 'created' | 'updated'; readonly etag: string }
  /**
   * The precondition failed, but the document already holds this very text: a retry of a write that was carried
   * out (its answer lost, or its first try late). Nothing written; success, with the current ETag.
   */
  | { readonly outcome: 'unchanged'; readonly etag: string }
  | { readonly outcome: 'deleted' | 'absent' | 'failed' }
  /** The participant or the workshop was deleted meanwhile: nothing written. */
  | { readonly outcome: 'gone' }
  /** The client left before the write's turn came (it will retry or queue it): nothing written. */
  | { readonly outcome: 'abandoned' };

const etagOf = (version: unknown) => `"${String(version)}"`;
const iso = (value: unknown) => new Date(value as string).toISOString();

/** Whether the precondition holds for the current ETag (`null`: no document). */
export function holds(pre: Precondition, current: string | null): boolean {
  if (pre.ifMatch !== null) {
    if (current === null) return false;
    if (pre.ifMatch !== '*' && !pre.ifMatch.includes(current)) return false;
  }
  if (pre.ifNoneMatch !== null && current !== null) {
    if (pre.ifNoneMatch === '*' || pre.ifNoneMatch.includes(current)) return false;
  }
  return true;
}

/**
 * A write whose precondition failed: `unchanged` when the document is already what the write asks for (this very
 * text; for a delete, nothing stored), so that a retry of a write carried out once is a success and not a
 * conflict with itself; else `failed`. A delete of nothing is `absent` (a 404, which a client takes as done).
 */
async function settled(
  tx: Sql,
  workshopId: string,
  scope: Scope,
  key: string,
  body: string | null,
): Promise<WriteResult> {
  const [row] = await tx.query<{ version: string; same: boolean }>(
    'select version::text as version, body = $4 as same from coop_documents where workshop_id = $1 and scope = $2 and key = $3',
    [workshopId, scope, key, body ?? ''],
  );
  if (body === null) return row ? { outcome: 'failed' } : { outcome: 'absent' };
  return row?.same === true ? { outcome: 'unchanged', etag: etagOf(row.version) } : { outcome: 'failed' };
}

async function notify(tx: Sql, db: Database, change: Change): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [db.channel, JSON.stringify(change)]);
}

/**
 * Takes a key-share lock on the workshop's row (and the participant's, for their documents) inside a write, so
 * that a delete of either waits for the write to commit, and a write that comes after the delete finds nothing
 * (no document outlives its participant). False when the row is gone.
 */
async function owner(tx: Sql, workshopId: string, scope: Scope | null): Promise<boolean> {
  const workshop = await tx.query('select 1 from coop_workshops where id = $1 for key share', [workshopId]);
  if (!workshop.length) return false;
  if (scope === null || scope === 'shared') return true;
  const person = await tx.query('select 1 from coop_participants where workshop_id = $1 and id = $2 for key share', [
    workshopId,
    scope,
  ]);
  return person.length > 0;
}

export function createStore(db: Database) {
  async function issueToken(tx: Sql, workshopId: string, role: Role, participantId: string | null) {
    const token = newToken();
    await tx.query('insert into coop_tokens (hash, workshop_id, role, participant_id) values ($1, $2, $3, $4)', [
      hashToken(token),
      workshopId,
      role,
      participantId,
    ]);
    return token;
  }

  return {
    /** Creates a workshop with its facilitator token and invitation token (returned once, never stored). */
    createWorkshop(name: string) {
      return db.transaction(async (tx) => {
        const id = newId('w');
        await tx.query('insert into coop_workshops (id, name) values ($1, $2)', [id, name]);
        const facilitator = await issueToken(tx, id, 'facilitator', null);
        const invitation = await issueToken(tx, id, 'invitation', null);
        return { id, name, facilitator, invitation };
      });
    },

    /** The access a token gives, or `null` for an unknown or revoked token. */
    async access(token: string): Promise<Access | null> {
      const hash = hashToken(token);
      const [row] = await db.query<{ workshop_id: string; role: Role; participant_id: string | null }>(
        'select workshop_id, role, participant_id from coop_tokens where hash = $1 and revoked_at is null',
        [hash],
      );
      return row
        ? { workshopId: row.workshop_id, role: row.role, participantId: row.participant_id, tokenHash: hash }
        : null;
    },

    async workshop(id: string): Promise<{ id: string; name: string; createdAt: string } | null> {
      const [row] = await db.query<{ id: string; name: string; created_at: unknown }>(
        'select id, name, created_at from coop_workshops where id = $1',
        [id],
      );
      return row ? { id: row.id, name: row.name, createdAt: iso(row.created_at) } : null;
    },

    async participant(workshopId: string, id: string): Promise<Participant | null> {
      const [row] = await db.query<{ id: string; display_name: string; stakeholder_group: string; joined_at: unknown }>(
        'select id, display_name, stakeholder_group, joined_at from coop_participants where workshop_id = $1 and id = $2',
        [workshopId, id],
      );
      return row
        ? { id: row.id, name: row.display_name, group: row.stakeholder_group, joinedAt: iso(row.joined_at) }
        : null;
    },

    /** Adds a participant and gives them their own token; `null` when the workshop was deleted meanwhile. */
    join(workshopId: string, name: string, group: string) {
      return db.transaction(async (tx) => {
        if (!(await owner(tx, workshopId, null))) return null;
        const id = newId('p');
        await tx.query(
          'insert into coop_participants (id, workshop_id, display_name, stakeholder_group) values ($1, $2, $3, $4)',
          [id, workshopId, name, group],
        );
        const token = await issueToken(tx, workshopId, 'participant', id);
        return { id, token };
      });
    },

    async countParticipants(workshopId: string): Promise<number> {
      const [row] = await db.query<{ n: unknown }>(
        'select count(*) as n from coop_participants where workshop_id = $1',
        [workshopId],
      );
      return Number(row?.n ?? 0);
    },

    /** Everyone in the workshop with their documents' keys, versions and dates (the facilitator's overview). */
    async overview(workshopId: string) {
      const people = await db.query<{
        id: string;
        display_name: string;
        stakeholder_group: string;
        joined_at: unknown;
      }>(
        'select id, display_name, stakeholder_group, joined_at from coop_participants where workshop_id = $1 order by joined_at, id',
        [workshopId],
      );
      const docs = await db.query<{ scope: string; key: string; version: unknown; updated_at: unknown }>(
        'select scope, key, version::text as version, updated_at from coop_documents where workshop_id = $1 order by key',
        [workshopId],
      );
      // Revoked: every token the participant was given is revoked (they can no longer read or write).
      const tokens = await db.query<{ participant_id: string; revoked: boolean }>(
        'select participant_id, bool_and(revoked_at is not null) as revoked from coop_tokens where workshop_id = $1 and participant_id is not null group by participant_id',
        [workshopId],
      );
      const revoked = new Set(tokens.filter((t) => t.revoked).map((t) => t.participant_id));
      const docsOf = (scope: string) =>
        docs
          .filter((d) => d.scope === scope)
          .map((d) => ({ key: d.key, etag: etagOf(d.version), updatedAt: iso(d.updated_at) }));
      return {
        participants: people.map((p) => ({
          id: p.id,
          name: p.display_name,
          group: p.stakeholder_group,
          joinedAt: iso(p.joined_at),
          revoked: revoked.has(p.id),
          documents: docsOf(p.id),
        })),
        shared: docsOf('shared'),
      };
    },

    /** Revokes every token of a participant; false when there is no such participant in the workshop. */
    revokeParticipant(workshopId: string, participantId: string) {
      return db.transaction(async (tx) => {
        const rows = await tx.query(
          'update coop_tokens set revoked_at = now() where workshop_id = $1 and participant_id = $2 and revoked_at is null returning hash',
          [workshopId, participantId],
        );
        const known = await tx.query('select 1 from coop_participants where workshop_id = $1 and id = $2', [
          workshopId,
          participantId,
        ]);
        if (rows.length) await notify(tx, db, { t: 'revoke', w: workshopId, p: participantId });
        return known.length > 0;
      });
    },

    /**
     * Removes a participant: their documents (each announced as deleted), their tokens and themselves, in one
     * transaction; their live streams close. False when there is no such participant in the workshop.
     */
    removeParticipant(workshopId: string, participantId: string) {
      return db.transaction(async (tx) => {
        // The participant's row first: this waits for the writes under way on their documents (owner()).
        const gone = await tx.query('delete from coop_participants where workshop_id = $1 and id = $2 returning id', [
          workshopId,
          participantId,
        ]);
        if (!gone.length) return false;
        const docs = await tx.query<{ key: string }>(
          'delete from coop_documents where workshop_id = $1 and scope = $2 returning key',
          [workshopId, participantId],
        );
        // Their tokens went with them (on delete cascade); said again so that nothing depends on the schema's FK.
        await tx.query('delete from coop_tokens where workshop_id = $1 and participant_id = $2', [
          workshopId,
          participantId,
        ]);
        const scope = participantId as Scope;
        for (const { key } of docs) await notify(tx, db, { t: 'doc', w: workshopId, s: scope, k: key, e: null });
        await notify(tx, db, { t: 'remove', w: workshopId, p: participantId });
        return true;
      });
    },

    /**
     * Deletes a workshop with all its documents, participants and tokens; every stream of it closes. Returns how
     * many participants and documents went with it, or `null` when there is no such workshop.
     */
    deleteWorkshop(workshopId: string) {
      return db.transaction(async (tx) => {
        // Locked first: the writes under way commit before, the ones after find no workshop (owner()).
        const found = await tx.query('select 1 from coop_workshops where id = $1 for update', [workshopId]);
        if (!found.length) return null;
        const where = [workshopId];
        const documents = (await tx.query('delete from coop_documents where workshop_id = $1 returning 1', where))
          .length;
        await tx.query('delete from coop_tokens where workshop_id = $1', where);
        const participants = (await tx.query('delete from coop_participants where workshop_id = $1 returning 1', where))
          .length;
        await tx.query('delete from coop_workshops where id = $1', where);
        await notify(tx, db, { t: 'drop', w: workshopId });
        return { participants, documents };
      });
    },

    /** Every workshop, with how many participants and documents it holds (the command line's list). */
    async listWorkshops() {
      const rows = await db.query<{
        id: string;
        name: string;
        created_at: unknown;
        participants: unknown;
        documents: unknown;
      }>(
        `select w.id, w.name, w.created_at,
           (select count(*) from coop_participants p where p.workshop_id = w.id) as participants,
           (select count(*) from coop_documents d where d.workshop_id = w.id) as documents
         from coop_workshops w order by w.created_at, w.id`,
      );
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        createdAt: iso(r.created_at),
        participants: Number(r.participants),
        documents: Number(r.documents),
      }));
    },

    /** Revokes the workshop's invitation tokens and issues a new one. */
    renewInvitation(workshopId: string) {
      return db.transaction(async (tx) => {
        await tx.query(
          "update coop_tokens set revoked_at = now() where workshop_id = $1 and role = 'invitation' and revoked_at is null",
          [workshopId],
        );
        return issueToken(tx, workshopId, 'invitation', null);
      });
    },

    async read(workshopId: string, scope: Scope, key: string): Promise<Document | null> {
      const [row] = await db.query<{ body: string; version: string }>(
        'select body, version::text as version from coop_documents where workshop_id = $1 and scope = $2 and key = $3',
        [workshopId, scope, key],
      );
      return row ? { body: row.body, etag: etagOf(row.version) } : null;
    },

    /**
     * Writes (`body`) or deletes (`null`) a document if `pre` holds, in one transaction. `wanted` is asked once
     * the transaction has begun (after waiting for the database): a request whose client has given up is not
     * carried out late, where its unconditional retry, or the client's next writes, would already be.
     */
    write(
      workshopId: string,
      scope: Scope,
      key: string,
      body: string | null,
      pre: Precondition,
      wanted: () => boolean = () => true,
    ) {
      return db.transaction(async (tx): Promise<WriteResult> => {
        if (!wanted()) return { outcome: 'abandoned' };
        if (!(await owner(tx, workshopId, scope))) return { outcome: 'gone' };
        const [row] = await tx.query<{ version: string }>(
          'select version::text as version from coop_documents where workshop_id = $1 and scope = $2 and key = $3 for update',
          [workshopId, scope, key],
        );
        const current = row ? etagOf(row.version) : null;
        if (!holds(pre, current)) return settled(tx, workshopId, scope, key, body);
        if (body === null) {
          if (!row) return { outcome: 'absent' };
          await tx.query('delete from coop_documents where workshop_id = $1 and scope = $2 and key = $3', [
            workshopId,
            scope,
            key,
          ]);
          await notify(tx, db, { t: 'doc', w: workshopId, s: scope, k: key, e: null });
          return { outcome: 'deleted' };
        }
        const insert = `insert into coop_documents (workshop_id, scope, key, body, version)
           values ($1, $2, $3, $4, nextval('coop_document_versions'))
           on conflict (workshop_id, scope, key) do nothing
           returning version::text as version`;
        const update = `update coop_documents set body = $4, version = nextval('coop_document_versions'), updated_at = now()
           where workshop_id = $1 and scope = $2 and key = $3
           returning version::text as version`;
        const params = [workshopId, scope, key, body];
        let [written] = await tx.query<{ version: string }>(row ? update : insert, params);
        if (!written) {
          // Created meanwhile by another request: a conditional write was checked against its absence.
          if (pre.ifMatch !== null || pre.ifNoneMatch !== null) return settled(tx, workshopId, scope, key, body);
          [written] = await tx.query<{ version: string }>(update, params);
        }
        const etag = etagOf(written?.version);
        await notify(tx, db, { t: 'doc', w: workshopId, s: scope, k: key, e: etag });
        return { outcome: row ? 'updated' : 'created', etag };
      });
    },
  };
}

export type Store = ReturnType<typeof createStore>;
