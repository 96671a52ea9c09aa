/**
 * The JSON pane: CodeMirror 6 with JSON highlighting, the core's issues placed on their range (each with the
 * same message the widgets show), syntax errors, completion and hover help from the published JSON Schema.
 * Loaded with import() from the editor element only, so CodeMirror never weighs on a widget's first paint.
 * Under a strict CSP it needs nothing more: CodeMirror mounts its styles as constructable stylesheets on the
 * editor's shadow root (no <style> element, no style attribute), and writes no HTML (Trusted Types).
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { syntaxTree } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { basicSetup } from 'codemirror';
import { locateJsonPath, mapJsonPaths, type ConfigIssue, type PathKey } from '../../core/index.js';
import { describeAt, keysAt, type SchemaNode } from './schema-help.js';

export interface JsonPaneOptions {
  text: string;
  /** The accessible name of the text area. */
  label: string;
  /** The JSON Schema of the config (completion, hover). */
  schema: SchemaNode;
  /** The core's issues for a text (called by the linter, after each pause in typing). */
  issues(text: string): ConfigIssue[];
  /** Called with the text after each change the user makes. */
  onChange(text: string): void;
}

export interface JsonPane {
  /** Replaces the text (an outline edit); the user's undo history in the pane goes on. */
  setText(text: string): void;
  /** Selects the range of an issue's path and gives the pane the focus. */
  reveal(path: string): void;
  destroy(): void;
}

/** The keys from the root to a node of the syntax tree (a property's value, or an array's item). */
function pathOf(state: EditorState, node: SyntaxNode | null): PathKey[] {
  const keys: PathKey[] = [];
  for (let at = node; at?.parent; at = at.parent) {
    const parent = at.parent;
    if (parent.name === 'Property' && at.name !== 'PropertyName') {
      const name = parent.getChild('PropertyName');
      if (name) keys.unshift(unquote(state.sliceDoc(name.from, name.to)));
    } else if (parent.name === 'Array' && !['[', ']', ','].includes(at.name)) {
      let index = 0;
      for (let sibling = at.prevSibling; sibling; sibling = sibling.prevSibling) {
        if (!['[', ']', ',', '⚠'].includes(sibling.name)) index++;
      }
      keys.unshift(index);
    }
  }
  return keys;
}

function unquote(text: string): string {
  try {
    return JSON.parse(text) as string;
  } catch {
    return text.replace(/^"|"$/g, '');
  }
}

function completion(schema: SchemaNode) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/"?[\w$-]*/);
    const node = syntaxTree(context.state).resolveInner(context.pos, -1);
    let object: SyntaxNode | null = node;
    while (object && object.name !== 'Object') object = object.parent;
    if (!object || !word) return null;
    const inName = node.name === 'PropertyName' || node.parent?.name === 'Object' || node.name === 'Object';
    if (!inName && !context.explicit) return null;
    const present = new Set(
      object.getChildren('Property').map((p) => {
        const name = p.getChild('PropertyName');
        return name ? unquote(context.state.sliceDoc(name.from, name.to)) : '';
      }),
    );
    const options = keysAt(schema, pathOf(context.state, object))
      .filter(({ key }) => !present.has(key))
      .map(({ key, description }) => ({
        label: JSON.stringify(key),
        type: 'property',
        apply: `${JSON.stringify(key)}: `,
        ...(description ? { info: description } : {}),
      }));
    return options.length ? { from: word.from, options, validFor: /^"?[\w$-]*$/ } : null;
  };
}

function hover(schema: SchemaNode) {
  return hoverTooltip((view, pos, side) => {
    const node = syntaxTree(view.state).resolveInner(pos, side);
    if (node.name !== 'PropertyName') return null;
    // The key's path: its object's, then the key (also while its value is not typed yet). The tree's nodes are
    // made afresh on each walk, so a node is known by its name and place, never by identity.
    const property = node.parent?.name === 'Property' ? node.parent : null;
    const key = unquote(view.state.sliceDoc(node.from, node.to));
    const description = property && describeAt(schema, [...pathOf(view.state, property), key]);
    if (!description) return null;
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cm-coop-hover';
        dom.textContent = description; // text, never HTML
        return { dom };
      },
    };
  });
}

function coreLinter(issues: JsonPaneOptions['issues']): Extension {
  const syntax = jsonParseLinter();
  return linter(
    (view): Diagnostic[] => {
      const text = view.state.doc.toString();
      const broken = syntax(view);
      if (broken.length) return broken;
      const map = mapJsonPaths(text);
      return issues(text).map((issue) => {
        const range = locateJsonPath(text, issue.path, map) ?? { from: 0, to: Math.min(1, text.length) };
        return { from: range.from, to: range.to, severity: 'error', message: issue.message, source: issue.path };
      });
    },
    { delay: 300 },
  );
}

export function createJsonPane(parent: HTMLElement, options: JsonPaneOptions): JsonPane {
  let applying = false;
  const view = new EditorView({
    parent,
    root: parent.getRootNode() as ShadowRoot,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        basicSetup,
        json(),
        EditorView.lineWrapping,
        lintGutter(),
        coreLinter(options.issues),
        autocompletion({ override: [completion(options.schema)] }),
        hover(options.schema),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applying) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(text) {
      if (text === view.state.doc.toString()) return;
      applying = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      applying = false;
    },
    reveal(path) {
      const text = view.state.doc.toString();
      const range = locateJsonPath(text, path);
      if (range) view.dispatch({ selection: { anchor: range.from, head: range.to }, scrollIntoView: true });
      view.focus();
    },
    destroy() {
      view.destroy();
    },
  };
}
