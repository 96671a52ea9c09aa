/** Queries and actions the element tests share: they read a widget as a user would, through its shadow root. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  StorageError,
  atpStorageKey,
  createHttpStorage,
  createMemoryStorage,
  principlesStorageKey,
  questionnaireStorageKey,
  type AtpCategory,
  type AtpData,
  type HttpStorage,
  type MemoryStorage,
  type StorageAdapter,
} from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopConfigEditor } from '../../src/elements/config-editor/config-editor.js';
import type { CoopPrinciplesChecklist } from '../../src/elements/principles-checklist/principles-checklist.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';
import minimalJson from '../fixtures/questionnaire.minimal.json';
/** The storage keys of the tests' documents: the minimal questionnaire's, the default checklist's and grid's. */
export const Q_KEY = questionnaireStorageKey('minimal');
export const P_KEY = principlesStorageKey('principles-default');
export const ATP_KEY = atpStorageKey('atp-default');
/** Text no widget can read: set aside at opening (`quarantineKey`), never written over. */
export const UNREADABLE = '{"format":"coop-questionnaire/1",';

export const root = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
/** The widget's text, whitespace collapsed. */
export const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
/** The button whose whole visible text is `label`. */
export const button = (el: Element, label: string) => {
  const found = $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
};

/**
 * A grid for the project's links: staff with an item in each column, their fear of losing autonomy the strongest
 * (i2), and users with none. Each test copies it before changing it.
 */
export const staffGrid: AtpData = {
  groups: [
    {
      id: 'staff',
      label: 'Staff',
      trust: 2,
      items: [
        { id: 'i1', category: 'attractions', text: 'Better working conditions', intensity: 2 },
        { id: 'i2', category: 'fears', text: 'Loss of autonomy', intensity: 3 },
        { id: 'i3', category: 'temptations', text: 'Keep information to oneself', intensity: 1 },
      ],
    },
    { id: 'users', label: 'Patients and users', trust: null, items: [] },
  ],
};

/** Collects every Blob a widget offers for download (each export builds a Blob URL) until `restore()`. */
function interceptDownloads(): { blobs: Blob[]; restore: () => void } {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return create.call(URL, blob);
  };
  return {
    blobs,
    restore: () => {
      URL.createObjectURL = create;
    },
  };
}

/** The files a widget offers for download while `run` runs. */
export function captureDownloads(run: () => void): Blob[] {
  const { blobs, restore } = interceptDownloads();
  try {
    run();
  } finally {
    restore();
  }
  return blobs;
}

/** The files offered for download while `run` runs, once `count` have been (an export that loads its code first). */
export async function awaitDownloads(run: () => void, count = 1): Promise<Blob[]> {
  const { blobs, restore } = interceptDownloads();
  try {
    run();
    await waitUntil(() => blobs.length >= count, 'nothing was downloaded', { timeout: 8000 });
  } finally {
    restore();
  }
  return blobs;
}

/** A CSV export starts with the UTF-8 byte-order mark, so that spreadsheet software reads accents. */
export async function startsWithBom(blob: Blob): Promise<boolean> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** A browser whose storage is full: reading finds nothing, every write fails with `quota`. */
export const fullStorage = (): StorageAdapter => ({
  load: async () => null,
  save: async () => {
    throw new StorageError('quota', 'full');
  },
  remove: async () => undefined,
});

/** A sandboxed iframe: reading and writing are refused (`denied`). */
export const deniedStorage = (): StorageAdapter => {
  const denied = async (): Promise<never> => {
    throw new StorageError('denied', 'SecurityError');
  };
  return { load: denied, save: denied, remove: async () => undefined };
};

/** Whether a widget has loaded: its data (`getData()`, `getResponses()`) is there and it rendered. */
export const loaded = (el: Element, data: unknown) => data !== undefined && !!root(el).querySelector('.base');
/** The text of the widget's warning (`role="alert"`), whitespace collapsed; '' when there is none. */
export const alertText = (el: Element) => $(el, '[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
/** A questionnaire's answer option. */
export const radio = (el: Element, questionId: string, value: string | number) =>
  $<HTMLInputElement>(el, `#q-${questionId} input[value="${value}"]`)!;
/** A principle's status option in the checklist. */
export const status = (el: Element, principle: string, value: string) =>
  $<HTMLInputElement>(el, `input[name="status-${principle}"][value="${value}"]`)!;
/** A cell of the ATP grid. */
export const cell = (el: Element, group: string, category: AtpCategory) => $(el, `[data-cell="${group}:${category}"]`)!;

/** Adds an ATP item as a user would: the cell's "add" button, the text typed, Enter. */
export async function addItem(
  el: Element & { updateComplete: Promise<unknown> },
  group: string,
  category: AtpCategory,
  value: string,
): Promise<void> {
  cell(el, group, category).querySelector<HTMLButtonElement>('.add')!.click();
  await el.updateComplete;
  await sendKeys({ type: value });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

/**
 * Whether the page would ask before closing: a `beforeunload` as the browser fires it, refused by a listener
 * (the browser then shows its own "leave this page?" prompt).
 */
export const asksBeforeClosing = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

/**
 * A back end as docs/storage.md says: documents by URL, ETags, `If-None-Match: *` and `If-Match`.
 * `loseRace(n)` makes the n-th write from now lose a race: another device writes just before it arrives;
 * `down` fails every request as a network fault would, `failRead(n)` only the n-th read from now;
 * `holdReads()` and `holdWrites()` keep reads or writes waiting until they are called back.
 */
export function versionedServer() {
  const docs = new Map<string, { body: string; etag: string }>();
  let version = 0;
  let raceIn = 0;
  const reads = gate();
  let failReadIn = 0;
  const writes = gate();
  const respond = (status: number, body = '', etag: string | null = null) => ({
    status,
    headers: { get: (name: string) => (name.toLowerCase() === 'etag' ? etag : null) },
    text: async () => body,
  });
  const server = {
    docs,
    loseRace: (n: number) => {
      raceIn = n;
    },
    down: false,
    failRead: (n: number) => {
      failReadIn = n;
    },
    /** Writes (PUT and DELETE) that reached the server. */
    writes: 0,
    holdReads: reads.hold,
    holdWrites: writes.hold,
    url: (key: string) => `/api/${encodeURIComponent(key)}`,
    body: (key: string) => docs.get(server.url(key))?.body,
    /** A device of its own (its own adapter, with the ETags it has seen), as another browser would have. */
    device: (pollMs = 0): HttpStorage =>
      createHttpStorage({
        url: server.url,
        retries: 0,
        pollMs,
        fetch: async (url, init) => {
          if (server.down) throw new TypeError('Failed to fetch');
          if (init.method === 'GET' && failReadIn > 0 && --failReadIn === 0) throw new TypeError('Failed to fetch');
          const gated = (init.method === 'GET' ? reads : writes).held();
          if (gated) await gated;
          if (init.method !== 'GET') server.writes += 1;
          const headers = init.headers ?? {};
          if (init.method !== 'GET' && raceIn > 0 && --raceIn === 0) {
            const doc = docs.get(url);
            if (doc) docs.set(url, { body: doc.body, etag: `"${++version}"` });
          }
          const doc = docs.get(url);
          if (init.method === 'GET') return doc ? respond(200, doc.body, doc.etag) : respond(404);
          if (headers['If-None-Match'] === '*' && doc) return respond(412);
          if (headers['If-Match'] && headers['If-Match'] !== doc?.etag) return respond(412);
          if (init.method === 'DELETE') {
            docs.delete(url);
            return respond(doc ? 204 : 404);
          }
          const etag = `"${++version}"`;
          docs.set(url, { body: String(init.body), etag });
          return respond(doc ? 200 : 201, '', etag);
        },
      }),
  };
  return server;
}

/** A gate that calls wait at while it is held: `hold()` closes it and returns the function that opens it. */
export function gate() {
  let held: Promise<void> | undefined;
  return {
    /** While the gate is held, what resolves when it opens; else undefined. */
    held: () => held,
    hold: () => {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
  };
}

/** The live region's text (what screen readers are told). */
export const liveText = (el: Element) => $(el, '.visually-hidden[role="status"]')?.textContent ?? '';

/** The keys under which `storage` holds copies of `key` set aside (unreadable data). */
export const asideKeys = (storage: MemoryStorage, key: string) =>
  [...storage.data.keys()].filter((k) => k.startsWith(`${key}:corrupt:`));

/** Any of the three widgets that keep a document. */
export type Widget = CoopQuestionnaire | CoopAtpMatrix | CoopPrinciplesChecklist;
type WidgetTag = 'coop-questionnaire' | 'coop-atp-matrix' | 'coop-principles-checklist';
type WidgetOf<T extends WidgetTag> = HTMLElementTagNameMap[T];

/** Waits until a widget's document (answers or data) has loaded and it rendered. */
export async function ready(el: Widget): Promise<void> {
  const data = () => ('getResponses' in el ? el.getResponses() : el.getData());
  await waitUntil(() => loaded(el, data()), `<${el.localName}> never loaded`, { timeout: 5000 });
  await el.updateComplete;
}

/**
 * Mounts a widget as a page would (over `storage`, in `locale`, English by default, with `config` when given:
 * else its default content) and waits until it is ready.
 */
export async function mount<T extends WidgetTag>(
  tag: T,
  storage: StorageAdapter = createMemoryStorage(),
  options: { config?: unknown; locale?: string } = {},
): Promise<WidgetOf<T>> {
  const name = unsafeStatic(tag);
  const el = await fixture<WidgetOf<T>>(
    staticHtml`<${name} .storage=${storage} .config=${options.config} locale=${options.locale ?? 'en'}></${name}>`,
  );
  await ready(el);
  return el;
}

/** The minimal questionnaire in English over `storage`, once its answers have loaded. */
export const questionnaire = (storage: StorageAdapter) => mount('coop-questionnaire', storage, { config: minimalJson });

/** The default checklist in English over `storage`, once its data has loaded. */
export const checklist = (storage: StorageAdapter) => mount('coop-principles-checklist', storage);

/** The default ATP grid in English over `storage`, once its data has loaded. */
export const grid = (storage: StorageAdapter) => mount('coop-atp-matrix', storage);

/**
 * A `<coop-config-editor for=kind>` (the test imports its module) with its draft kept in memory, once its JSON
 * pane (CodeMirror, loaded on demand) is there.
 */
export async function mountEditor(
  kind: 'questionnaire' | 'atp' | 'principles',
  locale = 'en',
  previous = '',
): Promise<CoopConfigEditor> {
  const el = await fixture<CoopConfigEditor>(
    html`<coop-config-editor
      for=${kind}
      locale=${locale}
      .draftStore=${null}
      .previous=${previous}
    ></coop-config-editor>`,
  );
  await waitUntil(() => root(el).querySelector('.cm-editor'), 'the JSON pane loads', { timeout: 5000 });
  return el;
}

/**
 * A server the page cannot reach at first (a portal opened offline): while `online` is false, reads and
 * writes fail as the HTTP adapter's do (`unavailable`). `writes` records the keys written once it is back.
 */
export function unreachable(backing: MemoryStorage): StorageAdapter & { online: boolean; writes: string[] } {
  const down = () => new StorageError('unavailable', 'network down');
  const adapter = {
    online: false,
    writes: [] as string[],
    load: async (key: string) => {
      if (!adapter.online) throw down();
      return backing.load(key);
    },
    save: async (key: string, value: string) => {
      if (!adapter.online) throw down();
      adapter.writes.push(key);
      return backing.save(key, value);
    },
    remove: (key: string) => backing.remove(key),
    // Polls: `backing.simulateExternalChange` stands for a poll that got through.
    subscribe: (key: string, listener: (raw: string | null) => void) => backing.subscribe!(key, listener),
  };
  return adapter;
}
