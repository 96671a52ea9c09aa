// Run after `npm run build` (or `npm run analyze`): custom-elements.json, written from each element's JSDoc, says
// what the element really fires and exposes. Read from the source each element loads (its own module and every
// module it imports, at once or on demand, within src/elements/): the events it dispatches, the parts its templates
// set, the --coop-* custom properties its styles read. Every one must be documented, and every documented event and
// custom property must be there (a documented part may be set in ways this reading does not see, e.g. by a
// directive from a constant, so the parts are checked one way only).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';

const manifestFile = 'custom-elements.json';
const built = existsSync(manifestFile);
const elements = built
  ? JSON.parse(readFileSync(manifestFile, 'utf8')).modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: module.path })),
    )
  : [];

/** Every module of src/elements/ that `file` loads, itself included (type-only imports load nothing). */
function closure(file, seen = new Set()) {
  if (seen.has(file) || !file.startsWith('src/elements/') || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/^import(?!\s+type\b)[^;]*?from\s+'(\.[^']+)'/gms),
    ...text.matchAll(/^import\s+'(\.[^']+)'/gm),
    ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1]);
  for (const specifier of specifiers) closure(normalize(join(dirname(file), specifier.replace(/\.js$/, '.ts'))), seen);
  return seen;
}

/** The event names that src/elements/events.ts gives its classes. */
const eventNames = new Map(
  [...readFileSync('src/elements/events.ts', 'utf8').matchAll(/class (\w+) extends[^{]*\{\s*static readonly eventName = '([^']+)'/g)].map(
    (m) => [m[1], m[2]],
  ),
);

/** What the element's code does, read from its modules. */
function used(path) {
  const texts = [...closure(path)].map((file) => readFileSync(file, 'utf8'));
  const events = new Set();
  const parts = new Set();
  const props = new Set();
  for (const text of texts) {
    for (const [, name] of text.matchAll(/dispatchEvent\(\s*new (\w+)\(/g)) {
      if (eventNames.has(name)) events.add(eventNames.get(name));
    }
    // part="a b--x" and part=${cond ? 'a a--x' : 'a'}: the names, not the state modifiers (`--`) built in the template.
    for (const [, value] of text.matchAll(/\bpart=("[^"]*"|\$\{[^}]*\})/g)) {
      for (const [, literal] of value.matchAll(/["']([^"']*)["']/g)) {
        for (const name of literal.split(/\s+/)) if (/^[a-z][a-z0-9-]*$/.test(name) && !name.includes('--')) parts.add(name);
      }
    }
    for (const [, name] of text.matchAll(/var\(\s*(--coop-[a-z0-9-]+)/g)) props.add(name);
  }
  return { events, parts, props };
}

const missing = (needed, documented) => [...needed].filter((name) => !documented.has(name)).sort();

test('custom-elements.json lists the elements', () => {
  assert.ok(built, 'custom-elements.json is not there: run `npm run build` (or `npm run analyze`) first');
  assert.ok(elements.length >= 5, `${elements.length} elements in the manifest`);
  assert.ok(eventNames.size >= 10, 'the event classes are read from src/elements/events.ts');
});

/** Elements whose JSDoc another change is to fix: reported as to do, not failed (say who and why). */
const TODO = {};

for (const element of elements) {
  test(
    `<${element.tagName}>: its JSDoc documents what it fires and exposes`,
    { todo: TODO[element.tagName] },
    () => {
      const code = used(element.path);
      assert.ok(code.parts.size > 0, `no part read in ${element.path}'s modules: the reading is broken`);
      const events = new Set((element.events ?? []).map((e) => e.name));
      const parts = new Set((element.cssParts ?? []).map((p) => p.name));
      const props = new Set((element.cssProperties ?? []).map((p) => p.name));
      const problems = Object.entries({
        'dispatched, with no @fires': missing(code.events, events),
        '@fires, never dispatched': missing(events, code.events),
        'set in a template, with no @csspart': missing(code.parts, parts),
        'read by its styles, with no @cssprop': missing(code.props, props),
        '@cssprop, read by no style': missing(props, code.props),
      }).filter(([, names]) => names.length);
      assert.deepEqual(Object.fromEntries(problems), {});
    },
  );
}
