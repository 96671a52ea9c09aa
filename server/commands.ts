/**
 * The command line's database commands, each run once against `--data` (PGlite) or DATABASE_URL and printing
 * JSON: `new-workshop "<name>"` (the two links), `list-workshops`, `revoke <workshop> <participant>` and
 * `delete-workshop <workshop>`. On PostgreSQL they may run while servers serve (a revoke or a delete reaches their
 * live streams through NOTIFY); on PGlite the server must be stopped first (data-lock.ts says so).
 */
import { openDatabase, type DatabaseOptions } from './db.js';
import { isId } from './routes.js';
import { createStore, type Store } from './store.js';

export interface CommandContext {
  readonly database: DatabaseOptions;
  /** The server's address as browsers reach it, and the page the links open (new-workshop). */
  readonly publicUrl: string;
  readonly appUrl: string;
  readonly log: (line: string) => void;
}

/** A command's refusal: printed with `Try --help.`, exit code 2 (bad use) or 1 (nothing to act on). */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 2,
  ) {
    super(message);
  }
}

export const COMMANDS = ['new-workshop', 'list-workshops', 'revoke', 'delete-workshop'] as const;
export type Command = (typeof COMMANDS)[number];

export const isCommand = (word: string | undefined): word is Command => COMMANDS.includes(word as Command);

function id(value: string | undefined, kind: 'w' | 'p', what: string): string {
  if (!value || !isId(value, kind)) throw new CommandError(`${what} expects an id such as ${kind}-… (22 characters).`);
  return value;
}

/** The command's arguments, checked before the database is opened (a mistyped command touches nothing). */
function check(command: Command, args: readonly string[]): readonly string[] {
  switch (command) {
    case 'new-workshop': {
      const name = args.join(' ').trim();
      if (!name || args.length !== 1)
        throw new CommandError('new-workshop expects the workshop\'s name, in quotes: new-workshop "My workshop".');
      return [name];
    }
    case 'list-workshops':
      if (args.length) throw new CommandError('list-workshops takes no argument.');
      return [];
    case 'revoke':
      if (args.length !== 2) throw new CommandError('revoke expects a workshop id and a participant id.');
      return [id(args[0], 'w', 'revoke'), id(args[1], 'p', 'revoke')];
    case 'delete-workshop':
      if (args.length !== 1) throw new CommandError('delete-workshop expects one workshop id.');
      return [id(args[0], 'w', 'delete-workshop')];
  }
}

async function act(
  command: Command,
  [first = '', second = '']: readonly string[],
  store: Store,
  context: CommandContext,
) {
  switch (command) {
    case 'new-workshop': {
      const workshop = await store.createWorkshop(first);
      const { publicUrl, appUrl } = context;
      // The token goes in the fragment: browsers never send it to a server, so no log or Referer holds it.
      const link = (token: string) =>
        `${appUrl}#${new URLSearchParams({ 'coop-server': publicUrl, 'coop-workshop': workshop.id, 'coop-token': token })}`;
      return {
        workshop: { id: workshop.id, name: workshop.name },
        server: publicUrl,
        facilitator: { token: workshop.facilitator, link: link(workshop.facilitator) },
        invitation: { token: workshop.invitation, link: link(workshop.invitation) },
      };
    }
    case 'list-workshops':
      return store.listWorkshops();
    case 'revoke':
      if (!(await store.revokeParticipant(first, second)))
        throw new CommandError(`there is no participant ${second} in workshop ${first}.`, 1);
      return { workshop: first, participant: second, revoked: true };
    case 'delete-workshop': {
      const deleted = await store.deleteWorkshop(first);
      if (!deleted) throw new CommandError(`there is no workshop ${first}.`, 1);
      return { workshop: first, deleted: true, ...deleted };
    }
  }
}

/** Runs one command and returns what it prints (JSON); the database is closed afterwards. */
export async function runCommand(command: Command, args: readonly string[], context: CommandContext) {
  const checked = check(command, args);
  const db = await openDatabase({ ...context.database, log: context.log });
  try {
    return await act(command, checked, createStore(db), context);
  } finally {
    await db.close();
  }
}
