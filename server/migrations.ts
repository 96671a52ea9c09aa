/**
 * The database's versioned migrations, applied in order at start (db.ts). Plain SQL that PostgreSQL and PGlite
 * (PostgreSQL in WASM) both run. A migration, once released, is never edited: a change is a new entry.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'workshops, participants, tokens, documents',
    sql: `
      create table coop_workshops (
        id text primary key,
        name text not null,
        created_at timestamptz not null default now()
      );
      create table coop_participants (
        id text primary key,
        workshop_id text not null references coop_workshops (id) on delete cascade,
        display_name text not null,
        stakeholder_group text not null,
        joined_at timestamptz not null default now()
      );
      create index coop_participants_workshop on coop_participants (workshop_id);
      -- Tokens are stored as the hex SHA-256 of the token, never the token itself.
      create table coop_tokens (
        hash text primary key,
        workshop_id text not null references coop_workshops (id) on delete cascade,
        role text not null check (role in ('facilitator', 'invitation', 'participant')),
        participant_id text references coop_participants (id) on delete cascade,
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      -- One counter for every document's version: an ETag is never given twice, even after a delete.
      create sequence coop_document_versions;
      -- scope: 'shared' (the facilitator's documents, read by every participant) or a participant's id.
      create table coop_documents (
        workshop_id text not null references coop_workshops (id) on delete cascade,
        scope text not null,
        key text not null,
        body text not null,
        version bigint not null,
        updated_at timestamptz not null default now(),
        primary key (workshop_id, scope, key)
      );
    `,
  },
];
