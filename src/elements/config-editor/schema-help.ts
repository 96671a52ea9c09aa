/**
 * The published JSON Schema as help in the JSON pane: which keys an object may take (completion) and what a
 * key means (hover). Reads the subset our generated schemas use: properties, items, additionalProperties,
 * anyOf / oneOf, and local $ref. Loaded with the JSON pane only.
 */
import type { PathKey } from '../../core/index.js';

export interface SchemaNode {
  description?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
  $defs?: Record<string, SchemaNode>;
}

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref?.startsWith('#/')) return node;
  let target: unknown = root;
  for (const part of node.$ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part];
  return (target as SchemaNode | undefined) ?? node;
}

/** Every schema that may describe the value at `keys` (several when a union allows several shapes). */
export function schemasAt(root: SchemaNode, keys: readonly PathKey[]): SchemaNode[] {
  let current: SchemaNode[] = [root];
  for (const key of keys) {
    const next: SchemaNode[] = [];
    const visit = (raw: SchemaNode) => {
      const node = resolve(root, raw);
      for (const alternative of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) visit(alternative);
      if (typeof key === 'number') {
        if (node.items) next.push(resolve(root, node.items));
      } else if (node.properties && Object.hasOwn(node.properties, key)) {
        next.push(resolve(root, node.properties[key] as SchemaNode));
      } else if (typeof node.additionalProperties === 'object') {
        next.push(resolve(root, node.additionalProperties));
      }
    };
    current.forEach(visit);
    current = next;
  }
  const flat: SchemaNode[] = [];
  const flatten = (node: SchemaNode) => {
    const resolved = resolve(root, node);
    flat.push(resolved);
    [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])].forEach(flatten);
  };
  current.forEach(flatten);
  return flat;
}

/** The keys an object at `keys` may take, with their descriptions, required ones first. */
export function keysAt(root: SchemaNode, keys: readonly PathKey[]): { key: string; description?: string }[] {
  const found = new Map<string, { key: string; description?: string; required: boolean }>();
  for (const node of schemasAt(root, keys)) {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (found.has(key)) continue;
      const description = resolve(root, child).description;
      found.set(key, { key, required: node.required?.includes(key) ?? false, ...(description ? { description } : {}) });
    }
  }
  return [...found.values()]
    .sort((a, b) => Number(b.required) - Number(a.required))
    .map(({ key, description }) => (description ? { key, description } : { key }));
}

/** What the value at `keys` is for (its schema's description), if the schema says. */
export function describeAt(root: SchemaNode, keys: readonly PathKey[]): string | undefined {
  return schemasAt(root, keys).find((node) => node.description)?.description;
}
