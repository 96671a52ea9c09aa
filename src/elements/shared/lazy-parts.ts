/**
 * The parts of a widget a user reaches only after an action (the questionnaire's result and validate steps, the
 * grid's postures, plans and synthesis): each is a module loaded with `import()` the first time it is shown, so
 * that a page pays for it only when it is used; all of them are fetched while the browser is idle after the
 * first paint, so that a click rarely waits. Meanwhile the widget shows its "loading" state; a part that cannot
 * be loaded (a page that copied the bundle without its folder) says so instead of staying on "loading".
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Strings } from '../../core/runtime.js';

type Loaders = Record<string, () => Promise<unknown>>;
type Loaded<L extends Loaders, K extends keyof L> = Awaited<ReturnType<L[K]>>;

/** When the browser is idle (or soon, where it cannot tell): the prefetch must never delay the first paint. */
export const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
};

/** Whether each host may prefetch yet (see prefetchAfter); a host not listed may from the start. */
const readyOf = new WeakMap<ReactiveControllerHost, () => boolean>();

/**
 * Holds the idle prefetches of `host`'s parts, and of its document's rare code (document-controller.ts), until
 * `ready()`: while the host waits on the network for what it draws (an English page's strings, a config at a
 * URL), they would compete with that request (an English page drew 0.1 s later for them: `npm run bench`). The
 * `soon` parts are not held: the first content may need them (the checklist's table of saved proposals).
 */
export function prefetchAfter(host: ReactiveControllerHost, ready: () => boolean): void {
  readyOf.set(host, ready);
}

/** Whether `host` may start its prefetches (see prefetchAfter). */
export function mayPrefetch(host: ReactiveControllerHost): boolean {
  return readyOf.get(host)?.() ?? true;
}

/** Each host's parts (a widget's own, its document's storage warning): its `updateComplete` waits for them. */
const partsOf = new WeakMap<ReactiveControllerHost, LazyParts<Loaders>[]>();

/** Whether a part of `host` is being loaded. */
export function partsPending(host: ReactiveControllerHost): boolean {
  return (partsOf.get(host) ?? []).some((parts) => parts.pending);
}

/** Resolves once no part of `host` is being loaded (see CoopConfigurable's `updateComplete`). */
export async function partsSettled(host: ReactiveControllerHost): Promise<void> {
  await Promise.all((partsOf.get(host) ?? []).map((parts) => parts.settled()));
}

export class LazyParts<L extends Loaders> implements ReactiveController {
  private readonly modules = new Map<keyof L, unknown>();
  private readonly loading = new Map<keyof L, Promise<void>>();
  private readonly failures = new Set<keyof L>();
  private soonAsked = false;
  private prefetched = false;

  /**
   * `soon`: parts fetched right after the first paint rather than when the browser is idle, for those that must
   * be drawn the moment they are asked for (the print report: the browser prints right after `beforeprint`).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loaders: L,
    private readonly soon: readonly (keyof L)[] = [],
  ) {
    host.addController(this);
    partsOf.set(host, [...(partsOf.get(host) ?? []), this as unknown as LazyParts<Loaders>]);
  }

  /**
   * After the first paint, the `soon` parts are fetched at once; the others while the browser is idle, once the
   * host no longer waits on the network for what it draws (see prefetchAfter).
   */
  hostUpdated(): void {
    if (!this.soonAsked) {
      this.soonAsked = true;
      for (const name of this.soon) void this.load(name);
    }
    if (this.prefetched || !mayPrefetch(this.host)) return;
    this.prefetched = true;
    whenIdle(() => {
      for (const name of Object.keys(this.loaders)) void this.load(name);
    });
  }

  /**
   * The part's module once loaded; `undefined` while it loads (the load starts now, and the host renders again
   * when it ends) or when it could not be loaded (see `failed`).
   */
  get<K extends keyof L>(name: K): Loaded<L, K> | undefined {
    if (!this.modules.has(name) && !this.failures.has(name)) void this.load(name);
    return this.modules.get(name) as Loaded<L, K> | undefined;
  }

  /** The part's module if it is loaded already; never starts a load (for parts drawn only once asked for). */
  loaded<K extends keyof L>(name: K): Loaded<L, K> | undefined {
    return this.modules.get(name) as Loaded<L, K> | undefined;
  }

  /**
   * Runs `run` with the part's module, for a user's action: at once when it is loaded, else once it is (a part that
   * could not be loaded is tried again; `updateComplete` waits for the load), or `failed` when it cannot be (the
   * action is not done; the user may act again).
   */
  use<K extends keyof L>(name: K, run: (module: Loaded<L, K>) => void, failed: () => void): void {
    const module = this.modules.get(name) as Loaded<L, K> | undefined;
    if (module) return run(module);
    this.failures.delete(name);
    void this.load(name).then(() => {
      const loaded = this.modules.get(name) as Loaded<L, K> | undefined;
      if (loaded) run(loaded);
      else failed();
    });
  }

  /** Whether the part could not be loaded (until `retry`). */
  failed(name: keyof L): boolean {
    return this.failures.has(name);
  }

  /** Tries a part that could not be loaded once more (the user's "Try again"). */
  retry(name: keyof L): void {
    this.failures.delete(name);
    void this.load(name);
    this.host.requestUpdate(); // the loading state, instead of the warning, while it loads
  }

  /** Resolves once every load under way has ended (the host's `updateComplete` waits for it). */
  async settled(): Promise<void> {
    while (this.loading.size) await Promise.all(this.loading.values());
  }

  /** Whether a load is under way. */
  get pending(): boolean {
    return this.loading.size > 0;
  }

  private load(name: keyof L): Promise<void> {
    if (this.modules.has(name)) return Promise.resolve();
    let loading = this.loading.get(name);
    if (!loading) {
      loading = (this.loaders[name] as () => Promise<unknown>)().then(
        (module) => void this.modules.set(name, module),
        (error: unknown) => {
          this.failures.add(name);
          console.warn(`coop-widgets: a part of the widget could not be loaded (${String(name)}):`, error);
        },
      );
      loading = loading.finally(() => {
        this.loading.delete(name);
        this.host.requestUpdate(); // what waited for it can show now (a prefetched part changes nothing)
      });
      this.loading.set(name, loading);
    }
    return loading;
  }
}

/**
 * What stands for a part in the widget's markup: its view once loaded, the loading state meanwhile, or, when it
 * could not be loaded, a warning with "Try again" (what the user entered is untouched: it lives in the element).
 * "Try again" loads the part again; `retry` replaces that when trying again means more (the grid's item form
 * opens itself again, and its focus follows).
 */
export function renderPart<L extends Loaders, K extends keyof L>(
  parts: LazyParts<L>,
  name: K,
  s: Pick<Strings, 'loading' | 'widgetPartFailed' | 'widgetRetry'>,
  view: (module: Loaded<L, K>) => TemplateResult,
  retry: () => void = () => parts.retry(name),
): TemplateResult {
  const module = parts.get(name);
  if (module) return view(module);
  if (!parts.failed(name)) return html`<p class="loading" role="status">${s.loading}</p>`;
  return renderPartFailed(s, retry);
}

/** A part that could not be loaded: said, with "Try again" (`retry`), what the user entered being untouched. */
export function renderPartFailed(
  s: Pick<Strings, 'widgetPartFailed' | 'widgetRetry'>,
  retry: () => void,
): TemplateResult {
  return html`<div class="warning" part="warning" role="alert">
    <p>${s.widgetPartFailed}</p>
    <p class="actions">
      <button type="button" class="button retry" part="button" @click=${retry}>${s.widgetRetry}</button>
    </p>
  </div>`;
}
