/**
 * What every stories file needs: storage per story, the docs line, controls for members set by the story, the
 * 320 px column, and the stories every widget with a config and storage has (a broken config, storage faults).
 */
import type { ArgTypes, Decorator, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor, within } from 'storybook/test';
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

/**
 * The story in a 320 px wide column (WCAG reflow): the widgets' narrow layout follows their own width (container
 * queries), and this column is what gives it. A class and a `<style>` element, never a `style=""` attribute: the
 * library promises to work under a strict CSP.
 */
export const narrowColumn: Decorator = (story) =>
  html`<style>
      .coop-story-narrow {
        inline-size: 320px;
      }
    </style>
    <div class="coop-story-narrow">${story()}</div>`;

/** What a widget's template takes besides the story's args. */
export interface WidgetSetup {
  /** The config as an object, through the `config` property. */
  config?: object;
  /** Storage other than a memory store (one that fails). */
  storage?: StorageFactory;
}

/** A stories file's template of its widget, with the story's args as attributes. */
export type WidgetTemplate<A> = (args: A, setup: WidgetSetup) => TemplateResult;

/** The args these stories set: every widget has `locale`. */
type LocaleArgs = { locale?: 'fr' | 'en' };

/** Testing-library's queries bound to a widget's shadow root. */
type Canvas = ReturnType<typeof within>;

/**
 * One change a user makes in a widget, the same in each of its storage-fault stories: the stories differ by the
 * storage, not by what the user does.
 */
export interface WidgetEdit {
  tag: keyof HTMLElementTagNameMap;
  /** Makes the change through the interface (click, choice) and returns the control that shows it. */
  make: (canvas: Canvas) => Promise<HTMLElement>;
  /** Checks that `control` shows the change: no fault of the storage takes it off the screen. */
  shown: (control: HTMLElement, message?: string) => Promise<void>;
}

/** How a widget shows a conflict it cannot settle alone. */
export interface ConflictSpec {
  /** A back end that checks versions, and where the document changes elsewhere. */
  storage: StorageFactory;
  /** What the warning says. */
  alert: RegExp;
  /** The warning's buttons. */
  actions: string[];
  /** The one of `actions` that asks first, in a dialog. */
  dialog?: string;
}

/** A widget, what its stories of bad input and storage faults take. */
export interface FaultStoriesSpec<A> {
  template: WidgetTemplate<A>;
  /** A config with mistakes. */
  broken: object;
  /** A valid config, for the storage faults. */
  config: object;
  edit: WidgetEdit;
}

/**
 * A widget's stories of bad input and storage faults, in English (their play functions read the English
 * interface). Each takes the story's description, which says what the widget shows.
 */
export function faultStories<A extends LocaleArgs>({ template, broken, config, edit }: FaultStoriesSpec<A>) {
  const story = (setup: WidgetSetup, description: string, play?: (canvas: Canvas) => Promise<void>): StoryObj<A> => ({
    args: { locale: 'en' } as Partial<A>,
    render: (args) => template(args, setup),
    parameters: docs(description),
    ...(play && {
      play: async ({ canvasElement }) => play(within(await drawn(canvasElement, edit.tag))),
    }),
  });
  return {
    /** A config with mistakes: an alert lists every problem with its JSON path instead of a blank box. */
    brokenConfig: (description: string) => story({ config: broken }, description),

    /** Storage that rejects every write (quota): the change stays, and a warning follows it. */
    storageFull: (description: string) =>
      story({ config, storage: full }, description, async (canvas) => {
        await edit.shown(await edit.make(canvas));
        await expect(await canvas.findByRole('alert')).toHaveTextContent(/storage is full/);
      }),

    /** Storage out of reach from the start (a portal offline): the warning comes first, the widget stays usable. */
    offline: (description: string) =>
      story({ config, storage: offline }, description, async (canvas) => {
        await expect(await canvas.findByRole('alert')).toHaveTextContent(/cannot be saved for now/);
        await edit.shown(await edit.make(canvas));
      }),

    /** The document changed elsewhere: the change is not written over it, and the warning says what to do. */
    conflict: (conflict: ConflictSpec, description: string) =>
      story({ config, storage: conflict.storage }, description, async (canvas) => {
        const control = await edit.make(canvas);
        await expect(await canvas.findByRole('alert')).toHaveTextContent(conflict.alert);
        for (const name of conflict.actions) await expect(canvas.getByRole('button', { name })).toBeVisible();
        if (conflict.dialog) {
          const opens = canvas.getByRole('button', { name: conflict.dialog });
          await expect(opens).toHaveAttribute('aria-haspopup', 'dialog');
        }
        await edit.shown(control, 'the change stays on screen');
      }),
  };
}
