// Each registering module's French areas cover every key its elements read: a key moved out of the common
// catalog (src/core/i18n/fr.ts) into a widget's area, and not registered on that widget's page, would show
// "undefined" there. The browser tests cannot see it (their helpers import coop-widgets/core, which registers
// every area), so this reads the code: from each entry of src/define/, every module it reaches (static imports
// and import()s, the lazy parts included, as esbuild keeps them), every read of a `Strings` key (a property access the type checker
// resolves to a declaration in src/core/i18n/), against the common keys and the areas the reached modules pass to
// extendCatalog('fr', …). A module counts whole: a key read by a function of it the page never calls counts too.
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { coopProjectFr } from '../../src/core/i18n/coop-project.js';
import { commonFr } from '../../src/core/i18n/fr.js';
import { fr } from '../../src/core/i18n/fr-all.js';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const src = join(root, 'src') + '/';
const i18nDir = join(src, 'core/i18n') + '/';
const entries = ['questionnaire', 'atp-matrix', 'principles-checklist', 'project', 'config-editor', 'all'].map((name) =>
  join(src, 'define', `${name}.ts`),
);

const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
const program = ts.createProgram(entries, { ...options, noEmit: true });
const checker = program.getTypeChecker();
const keys = new Set(Object.keys(fr));

/**
 * Every module of src/ an entry ships, its lazy chunks included: what esbuild keeps of the module graph once
 * unused exports are shaken off (a barrel such as core/runtime.ts reaches every area's code, which a page does
 * not carry).
 */
async function reached(entry: string): Promise<ts.SourceFile[]> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    outdir: join(root, 'i18n-coverage-out'),
    logLevel: 'silent',
    // coop-widgets/core registers both whole catalogs: what a part reaches through it has every key.
    plugins: [
      {
        name: 'whole-catalogs',
        setup: (b) =>
          b.onResolve({ filter: /core\/index\.js$/ }, ({ path, importer }) =>
            resolve(dirname(importer), path) === join(src, 'core/index.js') ? { path, external: true } : undefined,
          ),
      },
    ],
  });
  const paths = new Set<string>();
  for (const output of Object.values(metafile.outputs))
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
      if (bytesInOutput > 0 && input.startsWith('src/') && input.endsWith('.ts')) paths.add(join(root, input));
  return [...paths].map((path) => {
    const file = program.getSourceFile(path);
    assert.ok(file, `${path} is not in the program`);
    return file;
  });
}

/** The `Strings` keys a module reads, each with where. */
function reads(file: ts.SourceFile): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && keys.has(node.name.text)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      if (symbol?.declarations?.some((d) => d.getSourceFile().fileName.startsWith(i18nDir))) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        found.set(node.name.text, `${file.fileName.slice(src.length)}:${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The keys of the areas a module adds to the French catalog (`extendCatalog('fr', area, …)`). */
async function added(file: ts.SourceFile): Promise<string[]> {
  const areas: { path: string; name: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'extendCatalog' &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0]) &&
      node.arguments[0].text === 'fr'
    )
      for (const argument of node.arguments.slice(1)) {
        let symbol = checker.getSymbolAtLocation(argument);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declaration = symbol?.declarations?.[0];
        assert.ok(declaration, `${file.fileName}: an area passed to extendCatalog that is not a named constant`);
        areas.push({ path: declaration.getSourceFile().fileName, name: symbol!.name });
      }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const keysOf = await Promise.all(
    areas.map(async ({ path, name }) => {
      const module = (await import(pathToFileURL(path).href)) as Record<string, object>;
      assert.ok(module[name], `${path} exports no ${name}`);
      return Object.keys(module[name]);
    }),
  );
  return keysOf.flat();
}

/**
 * Known: the config editor registers the grid, whose participants' view reads project files (their checks speak
 * of the project); the editor never shows that view.
 */
const knownGaps: Record<string, RegExp> = {
  'define/config-editor.ts': /^core\/project\//,
};

/**
 * <coop-project>'s strings (`cp…`), which its registering module adds (checked below): a widget reads them only in a
 * project, so once they are there, and these are the modules that do (the grid's link from the checklist, the
 * result's links to the principles, the checklist's links). Another module reading one is a gap.
 */
const projectKeys = new Set(Object.keys(coopProjectFr));
const readInProject =
  /^elements\/(atp-matrix\/atp-matrix|questionnaire\/result-view|principles-checklist\/project-links)\.ts:/;

for (const entry of entries) {
  const name = entry.slice(src.length);
  test(`${name}: the French areas its modules register cover every key they read`, async () => {
    const files = await reached(entry);
    assert.ok(files.length > 10, `${name} reaches only ${files.length} modules`);
    const covered = new Set(Object.keys(commonFr));
    for (const file of files) for (const key of await added(file)) covered.add(key);
    const missing: string[] = [];
    let read = 0;
    for (const file of files)
      for (const [key, where] of reads(file)) {
        read++;
        if (covered.has(key) || knownGaps[name]?.test(where)) continue;
        if (projectKeys.has(key) && readInProject.test(where)) continue;
        missing.push(`${key} (${where})`);
      }
    assert.ok(read > 20, `${name}: only ${read} string reads found; the analysis is broken`);
    assert.deepEqual(missing, [], `${name} reads keys that no area it registers holds`);
  });
}

// What src/define/project.ts adds before the provider is defined (catalogs/project.ts's addProjectStrings).
test('<coop-project> registers its strings at first paint, for the widgets that read them in a project', async () => {
  const catalog = program.getSourceFile(join(src, 'core/catalogs/project.ts'));
  assert.ok(catalog);
  const registered = new Set(await added(catalog));
  assert.deepEqual(
    [...projectKeys].filter((key) => !registered.has(key)),
    [],
  );
  assert.ok(!Object.keys(commonFr).some((key) => projectKeys.has(key)), 'a widget alone carries none of them');
});

// The check itself: a key of a widget's area read where that area is not registered is found.
test('the check finds a key read outside its area', async () => {
  const grid = await reached(entries[1]!);
  const keysRead = new Set(grid.flatMap((file) => [...reads(file).keys()]));
  assert.ok(keysRead.has('amTabsLabel'), 'the grid reads its own tabs’ label');
  assert.ok(!Object.keys(commonFr).includes('amTabsLabel'));
  assert.ok(keysRead.has('loading') && keysRead.has('cancel'), 'the shared views’ keys are read');
  assert.ok(!keysRead.has('close'), 'a dialog’s close() is no string read');
});
