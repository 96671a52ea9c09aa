/** What every stories file needs: storage per story, the docs line, controls for members set by the story. */
import type { ArgTypes } from '@storybook/web-components-vite';
import { StorageError, createMemoryStorage, type StorageAdapter } from '../src/core/index.js';

/** Builds a story's storage once per mounted story (through `guard`). */
export type StorageFactory = () => StorageAdapter;

/** A fresh in-memory store: stories never touch the browser's localStorage, nor each other's data. */
export const empty: StorageFactory = () => createMemoryStorage();

/** A browser whose storage is full: reading finds nothing, every write fails. */
export const full: StorageFactory = () => ({
  load: async () => null,
  save: async () => {
    throw new StorageError('quota', 'The story’s storage is full.');
  },
  remove: async () => undefined,
});

/**
 * A portal opened offline (the HTTP adapter's network down): reading and writing both fail as `unavailable`.
 * The widget starts afresh, keeps the user's changes and reads the document again before it writes.
 */
export const offline: StorageFactory = () => {
  const down = async (): Promise<never> => {
    throw new StorageError('unavailable', 'The story’s network is down.');
  };
  return { load: down, save: down, remove: down };
};

/** A story's description in the docs page. */
export const docs = (story: string) => ({ docs: { description: { story } } });

/** Public members each story sets itself (objects, URLs): documented from the manifest, but no control. */
export const setByStory = (names: string[]): ArgTypes =>
  Object.fromEntries(names.map((name) => [name, { control: false }]));

/** The widget `tag` in the story's canvas, for its public API. */
export function elementOf<K extends keyof HTMLElementTagNameMap>(canvasElement: HTMLElement, tag: K) {
  const element = canvasElement.querySelector(tag);
  if (!element) throw new Error(`<${tag}> is not rendered`);
  return element;
}

/** The widget's shadow root, for testing-library queries (they take any node with querySelectorAll). */
export function shadowOf(canvasElement: HTMLElement, tag: keyof HTMLElementTagNameMap): HTMLElement {
  const root = elementOf(canvasElement, tag).shadowRoot;
  if (!root) throw new Error(`<${tag}> is not rendered`);
  return root as unknown as HTMLElement;
}
