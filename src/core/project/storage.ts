import type { StorageAdapter } from '../storage/adapter.js';

const PREFIX = 'coop-widgets:';

/**
 * The project id as it appears in keys. Ids may contain `:`, which would let two projects' keys meet
 * (project `a` + `…:atp:x` and project `a:atp` + `…:x`): every character outside `[A-Za-z0-9_.-]` is
 * escaped (`%3A`; `%uXXXX` above U+00FF), so the mapping is one-to-one and ordinary ids stay as they are.
 */
function keyPart(projectId: string): string {
  return projectId.replace(/[^A-Za-z0-9_.-]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `%${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `%u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** The key of a project's own record (the provider's metadata): `coop-widgets:project:<projectId>`. */
export function projectStorageKey(projectId: string): string {
  return `${PREFIX}project:${keyPart(projectId)}`;
}

/**
 * The same adapter with every key moved into the project's namespace, so that two projects on one site never
 * share data: `coop-widgets:atp:atp-default` → `coop-widgets:project:<projectId>:atp:atp-default`; a key that
 * does not start with `coop-widgets:` is kept whole after the prefix. Values, errors and change notifications
 * pass through unchanged; `subscribe` is offered only when the adapter has it.
 */
export function namespacedStorage(adapter: StorageAdapter, projectId: string): StorageAdapter {
  const base = `${projectStorageKey(projectId)}:`;
  const map = (key: string) => base + (key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key);
  const wrapped: StorageAdapter = {
    load: (key) => adapter.load(map(key)),
    save: (key, value) => adapter.save(map(key), value),
    remove: (key) => adapter.remove(map(key)),
  };
  const subscribe = adapter.subscribe;
  if (typeof subscribe === 'function') {
    wrapped.subscribe = (key, onChange) => subscribe.call(adapter, map(key), onChange);
  }
  return wrapped;
}
