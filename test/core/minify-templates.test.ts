/**
 * scripts/minify-templates.js, the template minifier of every build and of the browser tests, on small templates:
 * what it drops (a line break that is the template's layout), what it keeps (a space written on one line, a line
 * break beside text) and, inside a tag, a line break between two bindings kept as the separator it is (it once
 * joined an element directive on its own line to the attribute before it: `lang="${l}${directive()}"`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates } from '../../scripts/minify-templates.js';

type Transform = (this: unknown, code: string, id: string) => Promise<{ code: string } | null | undefined>;

/** The template of `html\`…\`` once minified (its expressions kept as `${…}`). */
async function minified(template: string): Promise<string> {
  const plugin = minifyTemplates() as unknown as { transform: Transform };
  const code = `import { html } from 'lit';\nexport const t = (a, b, c) => html\`${template}\`;\n`;
  const context = {
    warn: (message: unknown) => assert.fail(String(message)),
    error: (error: unknown) => {
      throw error;
    },
  };
  const out = await plugin.transform.call(context, code, `${process.cwd()}/src/template.ts`);
  const match = /html`([^]*)`;/.exec(out?.code ?? code);
  assert.ok(match, 'the template is in the output');
  return match[1]!;
}

test('an element directive on its own line after an attribute stays a binding of its own', async () => {
  assert.equal(
    await minified('<div\n  class="options"\n  lang=${a}\n  ${b}\n></div>'),
    '<div class="options" lang="${a}" ${b}></div>',
  );
});

test('two element directives on their own lines stay two bindings', async () => {
  assert.equal(await minified('<div\n  ${a}\n  ${b}\n  class="x"\n></div>'), '<div ${a} ${b} class="x"></div>');
});

test('a property binding then a directive, each on its line, stay apart', async () => {
  assert.equal(await minified('<input\n  .value=${a}\n  ${b}\n/>'), '<input .value="${a}" ${b}>');
});

test('a line break between tags or expressions in content is layout and goes', async () => {
  assert.equal(await minified('<div>\n  <p>x</p>\n  ${a}\n  ${b}\n</div>'), '<div><p>x</p>${a}${b}</div>');
});

test('a space written on one line is text and stays, and so is a line break beside text', async () => {
  assert.equal(await minified('<p>${a} ${b}</p>'), '<p>${a} ${b}</p>');
  assert.equal(await minified('<p><b>x</b> <i>y</i></p>'), '<p><b>x</b> <i>y</i></p>');
  assert.equal(await minified('<p>Hello\n  ${a}</p>'), '<p>Hello ${a}</p>');
});
