/**
 * A Vite plugin for the embed bundle: the text that documents the Valibot schemas (`v.description('…')`,
 * `v.title('…')`, and the `what` argument of the schema files' helpers such as `text('…')`) only feeds the
 * published JSON Schemas (scripts/build-schemas.ts, run from the sources). The browser never reads it, and every
 * page would download it in its first paint: the embed gets the schemas without it. A documenting call in a
 * `v.pipe(…)` goes whole (`v.pipe(v.string(), v.description('…'))` is `v.string()`: a pipe left with its schema
 * alone is that schema, which checks the same and reports the same issues); the helpers' arguments are emptied.
 *
 * The rule is syntactic, on the TypeScript AST of `src/core/**` files. A documenting call is `v.description(x)` /
 * `v.title(x)` where `x` is a string literal, or, in a helper's body, its `what` parameter (alone or in a
 * template). A helper is a function whose first parameter is named `what`, declared in the same file or imported
 * by name from a relative module that declares it so (the shared `text('…')` and `id('…')` of
 * core/shared/schema.ts): the string literal it is called with is emptied. Error messages
 * (`v.union([…], 'message')`), literals and patterns are never touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';

const DOC_ACTIONS = new Set(['description', 'title']);

/** What {@link stripSchemaDocs} returns: the new code, its source map, and the texts it emptied. */
export interface Stripped {
  code: string;
  map: ReturnType<MagicString['generateMap']>;
  texts: string[];
}

/** The names of the functions `file` declares with a first parameter named `what` (exported or not). */
function declaredHelpers(file: ts.SourceFile): Set<string> {
  const helpers = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const fn = node.initializer;
      const first = (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && fn.parameters[0];
      if (first && ts.isIdentifier(first.name) && first.name.text === 'what') helpers.add(node.name.text);
    }
    if (ts.isFunctionDeclaration(node) && node.name) {
      const first = node.parameters[0];
      if (first && ts.isIdentifier(first.name) && first.name.text === 'what') helpers.add(node.name.text);
    }
    ts.forEachChild(node, collect);
  };
  collect(file);
  return helpers;
}

/** The helpers of a relative module `specifier` imported by the file at `from` (its .ts source), read once. */
const importedCache = new Map<string, Set<string>>();
function helpersOf(specifier: string, from: string): Set<string> {
  const path = resolve(dirname(from), specifier).replace(/\.js$/, '.ts');
  let found = importedCache.get(path);
  if (!found) {
    found = existsSync(path)
      ? declaredHelpers(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true))
      : new Set();
    importedCache.set(path, found);
  }
  return found;
}

/** `code` without its schema documentation, and the source map of the change; null when nothing changed. */
export function stripSchemaDocs(code: string, id: string): Stripped | null {
  if (!code.includes('valibot')) return null;
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // Helpers documented by their first parameter (`const text = (what: string) => …`), local or imported.
  const helpers = declaredHelpers(file);
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const named = statement.importClause?.namedBindings;
    if (!specifier.startsWith('.') || !named || !ts.isNamedImports(named)) continue;
    const theirs = helpersOf(specifier, id);
    for (const element of named.elements) {
      if (theirs.has((element.propertyName ?? element.name).text)) helpers.add(element.name.text);
    }
  }

  const out = new MagicString(code);
  const texts: string[] = [];
  let changed = false;
  /** The text of a literal, or undefined when `node` is none. */
  const literal = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  /** `node` is `what`, or a template whose every substitution is `what`: a helper's documentation. */
  const fromWhat = (node: ts.Node): boolean =>
    (ts.isIdentifier(node) && node.text === 'what') ||
    (ts.isTemplateExpression(node) && node.templateSpans.every((span) => fromWhat(span.expression)));
  /** The documenting call `node` is (see above), with its text when it is a literal. */
  const documentation = (node: ts.Node): { text?: string } | undefined => {
    if (!ts.isCallExpression(node) || node.arguments.length !== 1) return undefined;
    const callee = node.expression;
    if (!ts.isPropertyAccessExpression(callee) || !DOC_ACTIONS.has(callee.name.text)) return undefined;
    const arg = node.arguments[0]!;
    const text = literal(arg);
    return text !== undefined ? { text } : fromWhat(arg) ? {} : undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      // A pipe: its documenting calls go, and a pipe left with its schema alone becomes that schema.
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'pipe' && node.arguments.length > 1) {
        const args = [...node.arguments];
        const kept = args.filter((arg, i) => {
          const doc = i > 0 ? documentation(arg) : undefined;
          if (!doc) return true;
          if (doc.text) texts.push(doc.text);
          changed = true;
          out.remove(args[i - 1]!.getEnd(), arg.getEnd());
          return false;
        });
        if (kept.length === 1 && kept.length < args.length) {
          out.remove(node.getStart(file), args[0]!.getStart(file));
          out.remove(args[0]!.getEnd(), node.getEnd());
        }
        kept.forEach(visit);
        return;
      }
      const arg = node.arguments[0];
      const text = literal(arg);
      if (ts.isIdentifier(callee) && helpers.has(callee.text) && arg && text) {
        out.overwrite(arg.getStart(file), arg.getEnd(), "''");
        texts.push(text);
        changed = true;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return changed ? { code: out.toString(), map: out.generateMap({ source: id, hires: true }), texts } : null;
}

/** The plugin: applied to the library's core sources only. */
export function stripSchemaDocsPlugin(): Plugin {
  return {
    name: 'coop-widgets:strip-schema-docs',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/]core[\\/].+\.ts$/.test(id)) return null;
      const stripped = stripSchemaDocs(code, id);
      return stripped && { code: stripped.code, map: stripped.map };
    },
  };
}
