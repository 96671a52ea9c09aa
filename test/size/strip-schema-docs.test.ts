// The embed's schemas lose their documentation (scripts/strip-schema-docs.ts): only what documents is emptied.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as v from 'valibot';
import { stripSchemaDocs } from '../../scripts/strip-schema-docs.js';

const SAMPLE = `import * as v from 'valibot';
const text = (what: string) => v.pipe(v.string(), v.minLength(1), v.description(what));
const other = (label: string) => v.pipe(v.string(), v.description(label));
function dated(what: string) { return v.pipe(v.string(), v.description(\`\${what} (YYYY-MM-DD).\`)); }
export const S = v.strictObject({
  format: v.literal('coop-project/1'),
  title: text('Shown to the user.'),
  when: dated('The day'),
  kind: v.union([v.string(), v.number()], 'a name or a number'),
  note: v.pipe(v.string(), v.title('Note'), v.description(\`Free text.\`)),
  code: v.pipe(v.string(), v.minLength(2, 'too short'), v.description('A code.'), v.maxLength(9)),
  tag: other('kept: not a documented helper'),
});`;

test("drops v.description / v.title calls from pipes and empties helpers' `what` arguments, nothing else", () => {
  const out = stripSchemaDocs(SAMPLE, '/repo/src/core/x/schema.ts');
  assert.ok(out);
  assert.deepEqual(out.texts, ['Shown to the user.', 'The day', 'Note', 'Free text.', 'A code.']);
  for (const kept of [
    "v.literal('coop-project/1')",
    "'a name or a number'",
    "other('kept: not a documented helper')",
    'v.description(label)',
    "text('')",
    "dated('')",
    // A pipe keeps its checks, in their order; a pipe left with its schema alone is that schema.
    'v.pipe(v.string(), v.minLength(1))',
    "code: v.pipe(v.string(), v.minLength(2, 'too short'), v.maxLength(9))",
    'note: v.string(),',
    'return v.string();',
  ])
    assert.ok(out.code.includes(kept), `${kept} was changed:\n${out.code}`);
  for (const gone of ['Shown', 'The day', 'Note', 'Free text', 'A code', 'YYYY', 'v.title', 'v.description(what)'])
    assert.ok(!out.code.includes(gone), `${gone} is still there:\n${out.code}`);
  assert.equal(out.map.sources[0], '/repo/src/core/x/schema.ts');
});

test('the stripped schemas check what the documented ones do, with the same issues', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'strip-schema-docs-run-'));
  const source = SAMPLE.replace(
    "import * as v from 'valibot';",
    `import * as v from '${import.meta.resolve('valibot')}';`,
  );
  writeFileSync(join(dir, 'documented.ts'), source);
  writeFileSync(join(dir, 'stripped.ts'), stripSchemaDocs(source, join(dir, 'stripped.ts'))!.code);
  const documented = ((await import(join(dir, 'documented.ts'))) as { S: v.GenericSchema }).S;
  const stripped = ((await import(join(dir, 'stripped.ts'))) as { S: v.GenericSchema }).S;
  const good = { format: 'coop-project/1', title: 'a', when: '2024-01-01', kind: 1, note: '', code: 'ab', tag: '' };
  for (const input of [
    good,
    { ...good, title: '' },
    { ...good, note: 3, code: 'a' },
    { ...good, code: 'abcdefghij' },
    { ...good, extra: true },
    null,
  ]) {
    const issues = (schema: v.GenericSchema) =>
      (v.safeParse(schema, input).issues ?? []).map((i) => [i.kind, i.type, i.message, v.getDotPath(i)]);
    assert.deepEqual(issues(stripped), issues(documented), JSON.stringify(input));
  }
  assert.ok(!v.safeParse(stripped, { ...good, code: 'a' }).success, 'the checks left in a pipe still run');
});

test('a helper imported by name from a relative module that declares it is a helper too, under its local name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strip-schema-docs-'));
  writeFileSync(
    join(dir, 'shared.ts'),
    'export const text = (what: string) => what;\nexport const other = (x: string) => x;',
  );
  const code = `import * as v from 'valibot';
import { text as documented, other } from './shared.js';
export const S = v.object({ a: documented('Said in the JSON Schema.'), b: other('kept') });`;
  const out = stripSchemaDocs(code, join(dir, 'schema.ts'));
  assert.ok(out);
  assert.deepEqual(out.texts, ['Said in the JSON Schema.']);
  assert.ok(out.code.includes("documented('')") && out.code.includes("other('kept')"), out.code);
});

test('a file without Valibot, or without documentation, is left alone', () => {
  assert.equal(stripSchemaDocs("export const a = 'description';", 'a.ts'), null);
  assert.equal(stripSchemaDocs("import * as v from 'valibot';\nexport const s = v.string();", 'b.ts'), null);
});

test('every schema file of the core has its documentation found (and the JSON Schemas keep it)', () => {
  const schemas = readdirSync('schemas')
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(`schemas/${f}`, 'utf8'))
    .join('\n');
  for (const dir of ['questionnaire', 'atp', 'principles', 'project']) {
    const path = `src/core/${dir}/schema.ts`;
    const out = stripSchemaDocs(readFileSync(path, 'utf8'), path);
    assert.ok(out && out.texts.length >= 10, `${path}: ${out?.texts.length ?? 0} texts found`);
    // The published schemas are generated from the sources: what the embed drops is still documented there
    // (but for the few that a wrapping description overrides, such as a shared scale's).
    const missing = out.texts.filter((t) => !schemas.includes(JSON.stringify(t).slice(1, -1)));
    assert.ok(missing.length <= out.texts.length / 10, `${path}: not in schemas/*.json: ${missing.join(' | ')}`);
  }
});
