/** What every stories file needs: storage per story, the docs line, controls for members set by the story. */
import type { ArgTypes } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
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

/**
 * A back end that checks versions, where another device saves `theirs(key)` right after this page reads the
 * document: the page's first write conflicts. Reading again takes the current version; a write after it works.
 */
export const changedElsewhere =
  (theirs: (key: string) => string): StorageFactory =>
  () => {
    const store = createMemoryStorage();
    /** What each document held when this page last read or wrote it. */
    const seen = new Map<string, string | null>();
    const raced = new Set<string>();
    return {
      load: async (key) => {
        const text = await store.load(key);
        seen.set(key, text);
        if (!raced.has(key)) {
          raced.add(key);
          await store.save(key, theirs(key));
        }
        return text;
      },
      save: async (key, text) => {
        if (seen.has(key) && seen.get(key) !== (await store.load(key))) {
          throw new StorageError('conflict', 'Changed on another device (the story’s).');
        }
        await store.save(key, text);
        seen.set(key, text);
      },
      remove: async (key) => {
        await store.remove(key);
        seen.set(key, null);
      },
    };
  };

/** A back end where every write conflicts: the document keeps changing elsewhere. */
export const alwaysChanging: StorageFactory = () => ({
  load: async () => null,
  save: async () => {
    throw new StorageError('conflict', 'Changed on another device (the story’s), again.');
  },
  remove: async () => undefined,
});

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

/**
 * The widget's shadow root once it has drawn its content and finished its pending update, including a view it
 * loads on first use (its `updateComplete` waits for it): testing-library's waiting queries cannot observe a
 * shadow root, so a play function starts from what is already there.
 */
export async function drawn(canvasElement: HTMLElement, tag: keyof HTMLElementTagNameMap): Promise<HTMLElement> {
  const element = elementOf(canvasElement, tag) as HTMLElement & { updateComplete?: Promise<unknown> };
  await waitFor(() => expect(element.shadowRoot?.querySelector('.base')).toBeTruthy(), { timeout: 10000 });
  await element.updateComplete;
  return shadowOf(canvasElement, tag);
}
