/**
 * The per-widget embeds' chunking (vite.config.ts › widgetEmbedBuild): which module goes into the chunk the entries
 * share, decided by what each entry's first paint really runs, not by what its imports could reach.
 *
 * Rolldown's own grouping (`tags: ['$initial'], minShareCount: 2`) counts an entry's module graph, lazy parts
 * included, and sees through no barrel: `<coop-project>`'s report and workshop (lazy) reach every widget's core,
 * so every widget's core went into the shared chunk and each widget's page carried the others' (11 kB gzip on the
 * questionnaire's). Here, before the build, each entry is built alone in memory, and the modules with code in its
 * first-paint files are noted. Then:
 * - a module with code in the first paint of two entries or more goes into `shared`, with the first-paint modules
 *   it imports (see `sharedModules`);
 * - a module with code in one entry's first paint goes into that entry's own chunk, `own-<entry>`, which the entry
 *   imports beside `shared` (the entry file itself only registers the tag): lazy parts of other entries import
 *   some of it (the report reads the questionnaire's scoring), and a lazy chunk must never import an entry file;
 * - re-export modules (no code of their own) go with what they re-export: ours into `shared` (the bundler drops
 *   their imports), a package's (Lit's) into the one chunk of what it re-exports, else each became a file;
 * - everything else (the lazy parts, chart.js, the default content) is chunked by Rolldown as before.
 * A page with one widget then loads three files, all requested as soon as the entry arrives.
 *
 * The all-in-one build uses it too, on its one entry (vite.config.ts › embedBuild): there, every module with code
 * in that entry's first paint goes into `main` (`shared` and `own-coop-widgets` are both named `main`).
 */
import type { BuildOptions, Plugin, Rolldown, UserConfig } from 'vite';
import { build } from 'vite';

type Output = Rolldown.RolldownOutput;
type Chunk = Rolldown.OutputChunk;
type NameContext = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/**
 * The modules in the entry's first-paint files (its file and every chunk it imports statically): those with code,
 * and those without (re-export modules).
 */
function firstPaintModules(output: Output): { code: Set<string>; empty: Set<string> } {
  const chunks = new Map(
    output.output.filter((c): c is Chunk => c.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const code = new Set<string>();
  const empty = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = chunks.get(file);
    if (!chunk) return;
    for (const [id, info] of Object.entries(chunk.modules)) (info.renderedLength > 0 ? code : empty).add(id);
    chunk.imports.forEach(visit);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return { code, empty };
}

/**
 * The chunk-naming function and the plugin that fills it in: `config` is the build (one entry per widget) whose
 * entries are first built one by one. The plugin must be in `config.plugins`; it leaves itself out of those builds.
 */
export function sharedChunk(config: () => UserConfig) {
  /** Module id → the entries whose first paint runs its code. */
  let users: Map<string, string[]> | undefined;
  /** Modules without code in a first paint (re-export files), and the entries' own modules. */
  const reexports = new Set<string>();
  const entryModules = new Set<string>();

  const plugin: Plugin = {
    name: 'coop-widgets:shared-chunk',
    apply: 'build',
    async buildStart() {
      users = new Map();
      shared = undefined;
      const base = config();
      // Vite 8 adds `rolldownOptions` to the build options it is given (the same object as `rollupOptions`), and
      // prefers it: left in, this plugin's naming would run in the builds meant to inform it.
      const { rolldownOptions: _, ...options } = base.build as BuildOptions & { rolldownOptions?: unknown };
      const lib = options.lib as { entry: Record<string, string> };
      const output = options.rollupOptions!.output as Rolldown.OutputOptions;
      for (const [name, file] of Object.entries(lib.entry)) {
        entryModules.add(file);
        const result = (await build({
          ...base,
          configFile: false,
          logLevel: 'silent',
          plugins: (base.plugins ?? []).filter((p) => p !== plugin),
          build: {
            ...options,
            lib: { ...lib, entry: { [name]: file } },
            // Rolldown's own chunking: this plugin's naming is what these builds are for.
            rollupOptions: { ...options.rollupOptions, output: { ...output, codeSplitting: true } },
            write: false,
            minify: false,
            sourcemap: false,
          },
        })) as Output | Output[];
        const { code, empty } = firstPaintModules(Array.isArray(result) ? result[0]! : result);
        for (const id of code) users.set(id, [...(users.get(id) ?? []), name]);
        for (const id of empty) reexports.add(id);
      }
    },
    /** `shared` must stand on its own: were it to import an entry's chunk, every page would load that chunk. */
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.name !== 'shared') continue;
        const own = chunk.imports.filter((file) => /(^|\/)own-/.test(file));
        if (own.length) {
          this.error(
            `the shared chunk imports ${own.join(', ')}: a module of \`shared\` reaches a widget's own code by a path ` +
              'scripts/shared-chunk.ts does not follow (a re-export file? import from the module itself)',
          );
        }
      }
    },
  };

  /**
   * The modules of `shared`: those of two first paints or more, and, transitively, the first-paint modules they
   * import directly. A module is partly included in each build, so `shared` holds the union of what each entry
   * runs of it: a function of `atp/export.ts` that only the grid calls uses `atp/actions.ts`, which only the grid
   * runs; left in the grid's group, it would make every page load the grid's chunk.
   */
  let shared: Set<string> | undefined;
  function sharedModules(all: Map<string, string[]>, ctx: NameContext): Set<string> {
    const found = new Set([...all].filter(([, entries]) => entries.length > 1).map(([id]) => id));
    const queue = [...found];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) {
        // A package's re-export file keeps its imports (Lit's packages do not say they are free of side effects):
        // what it re-exports comes along. Ours are dropped by the bundler, so they are not followed.
        const followed = all.has(imported) || (reexports.has(imported) && imported.includes('/node_modules/'));
        if (followed && !found.has(imported)) {
          found.add(imported);
          queue.push(imported);
        }
      }
    }
    return found;
  }

  function name(id: string, ctx: NameContext): string | null {
    if (!users) throw new Error('coop-widgets: the shared-chunk plugin did not run before the chunking');
    shared ??= sharedModules(users, ctx);
    const entries = users.get(id);
    if (shared.has(id)) return 'shared';
    if (!entries) {
      if (!reexports.has(id)) return null;
      // Our re-export files (core/runtime.ts): no code, and no import kept; in `shared`, they cost nothing.
      if (!id.includes('/node_modules/')) return 'shared';
      // A package's re-export file goes with what it re-exports (lit/directives/guard.js with the questionnaire's
      // code): else it became a file of its own, or the entry's, which the group's chunk would then import.
      const groups = new Set((ctx.getModuleInfo(id)?.importedIds ?? []).map((i) => name(i, ctx)));
      return groups.size === 1 ? [...groups][0]! : null;
    }
    // The entry's module stays the entry file, which then imports its own group's chunk and `shared` side by side
    // (as the group's, it would leave the entry a file that imports one chunk, which imports the next).
    if (entryModules.has(id)) return null;
    return `own-${entries[0]!.replace(/^.*\//, '')}`;
  }

  return { name, plugin };
}
