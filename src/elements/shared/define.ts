import { ContextRoot } from '@lit/context';

/**
 * The one place that registers tags. A portal may load two copies of the library (its own bundle and a
 * widget's): the second registration of a tag is skipped with one warning instead of throwing, which would
 * break the rest of the host page's script.
 */
export const LIBRARY_VERSION = '0.1.0';

const CONTEXT_ROOT = Symbol.for('coop-widgets.context-root');

/**
 * Widgets ask for their <coop-project> when they connect. A page may register the widgets before the provider
 * (separate define modules, in any order): a context root keeps their requests and hands them to the provider
 * when it arrives, so that they join their project then. One per page, whichever copy of the library comes first.
 */
function ensureContextRoot(): void {
  const root = globalThis.document?.documentElement as (HTMLElement & { [CONTEXT_ROOT]?: true }) | undefined;
  if (!root || root[CONTEXT_ROOT]) return;
  root[CONTEXT_ROOT] = true;
  new ContextRoot().attach(root);
}

const VERSION = Symbol.for('coop-widgets.version');
type Versioned = CustomElementConstructor & { [VERSION]?: string };

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // not in a browser (SSR, Node): nothing to register
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `coop-widgets: <${tag}> is already defined (version ${existing[VERSION] ?? 'unknown'}); ` +
          `this copy (version ${LIBRARY_VERSION}) is not registered. Load the library once per page.`,
      );
    }
    return;
  }
  (constructor as Versioned)[VERSION] = LIBRARY_VERSION;
  ensureContextRoot();
  registry.define(tag, constructor);
}
