/**
 * The one place that registers tags. A portal may load two copies of the library (its own bundle and a
 * widget's): the second registration of a tag is skipped with one warning instead of throwing, which would
 * break the rest of the host page's script.
 */
export const LIBRARY_VERSION = '0.1.0';

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
  registry.define(tag, constructor);
}
