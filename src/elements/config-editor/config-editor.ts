/**
 * The <coop-config-editor> element: its properties, the wiring of the draft (draft-controller.ts), the JSON
 * pane (json-pane.ts, loaded on demand), the outline's edits (core functions), the preview, the change report
 * and publishing. Each part is drawn by its view.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  configEditorStrings,
  configTag,
  resolveLocale,
  toLocale,
  type ConfigEditorStrings,
  type Locale,
} from '../../core/index.js';
import { CoopConfigPublishEvent } from '../events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { Announcer, downloadFile } from '../shared/feedback.js';
import { tokens, utilities } from '../shared/tokens.js';
import { renderChanges } from './changes-view.js';
import { configEditorStyles } from './config-editor.styles.js';
import { DraftController } from './draft-controller.js';
import { kindReport, renderKindOutline, type KindReport } from './kind-views.js';
import { ListEdits } from './list-edits.js';
import { OutlineEdits } from './outline-edits.js';
import type { JsonPane } from './json-pane.js';
import { EDITOR_KINDS, KINDS, type EditorKind } from './kinds.js';
import { renderIssues } from './issues-view.js';
import { renderPreview, type PreviewWidth } from './preview-view.js';
import { renderPublish } from './publish-view.js';
import { sampleStorage } from './sample.js';
import { renderStart } from './start-view.js';
import { kindName, startActions } from './start.js';

const PREVIEW_DELAY = 400;

/**
 * An editor for the widgets' configs: an outline and a JSON pane always in step, the real widget beside them,
 * what publishing does to the answers already collected, and the way out (JSON file, tag, event). Load it on
 * the pages where content is edited only: it is never part of a widget's first paint.
 *
 * @tagname coop-config-editor
 * @summary Edit a questionnaire's (or a grid's, or a checklist's) config with a live preview, without breaking it.
 *
 * @fires {CoopConfigPublishEvent} coop-config-publish - The editor published a config with no problem. `detail: { kind, config, changes? }`.
 *
 * @csspart outline - The outline of the config.
 * @csspart outline-node - One section, subsection or question of the outline.
 * @csspart notice - A notice (outline or preview behind the text).
 * @csspart issues - The list of problems the core finds.
 * @csspart preview - The frame of the preview widget.
 * @csspart report - What publishing does to the answers already collected.
 * @csspart problem - A problem that blocks publishing.
 * @csspart start - The "Start from…" disclosure.
 * @csspart button - Every button; `button--primary` for "Publish".
 * @csspart dialog - The confirmation dialog.
 *
 * @cssprop [--coop-color-accent=#000091] - Main colour.
 * @cssprop [--coop-color-text=#161616] - Text colour.
 * @cssprop [--coop-color-muted=#3a3a3a] - Secondary text (field hints).
 * @cssprop [--coop-color-surface=#ffffff] - Background of buttons, fields and the dialog; text of the primary button.
 * @cssprop [--coop-color-error-surface=#ffe9e9] - Background of error panels.
 * @cssprop [--coop-color-border=#929292] - Borders of the panes.
 * @cssprop [--coop-color-error=#ce0500] - Problems.
 * @cssprop [--coop-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--coop-font-family=inherit] - Font of the editor.
 * @cssprop [--coop-font-family-mono=ui-monospace, monospace] - Font of JSON paths and tags.
 * @cssprop [--coop-radius=0.25rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 */
export class CoopConfigEditor extends LitElement {
  static override styles = [tokens, utilities, controlStyles, configEditorStyles];

  /** Which config: `questionnaire` (outline, preview, change report), `atp` or `principles` (JSON and preview). */
  @property({ attribute: 'for' })
  for: EditorKind = 'questionnaire';

  /** Interface language (`fr` or `en`); default: the nearest `lang`, then French. */
  @property()
  locale?: string;

  /** The previous published version (JSON or a tag), to report what publishing does to collected answers. */
  @property()
  previous = '';

  /** A site's overrides of the editor's strings. */
  @property({ attribute: false })
  strings?: Partial<ConfigEditorStrings>;

  /** Where the draft is kept between visits; default: this browser's localStorage. `null` keeps nothing. */
  @property({ attribute: false })
  draftStore: Pick<Storage, 'getItem' | 'setItem'> | null = defaultStore();

  @state() private previewConfig: object | undefined;
  @state() private previewGeneration = 0;
  @state() private previewWidth: PreviewWidth = 1280;
  @state() private previewLocale: Locale | undefined;
  @state() private sample = false;
  @state() private paneReady = false;

  @query('.json-host') private jsonHost?: HTMLElement;
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly announcer = new Announcer(this);
  /** @internal The draft (for the editor's controllers). */
  readonly draft = new DraftController(this, (source) => this.draftChanged(source));
  private pane?: JsonPane;
  private paneLoading = false;
  private previewTimer?: ReturnType<typeof setTimeout>;
  /** @internal Selectors of the control to focus after the next render (the first that exists). */
  focusAfter?: string[];
  private readonly edits = new OutlineEdits(this);
  private readonly lists = new ListEdits(this);

  /** @internal `for`, or `questionnaire` when it names no kind. */
  get kind(): EditorKind {
    return EDITOR_KINDS.includes(this.for) ? this.for : 'questionnaire';
  }

  /** @internal The interface language: `locale`, else the nearest `lang`, else French. */
  get resolvedLocale(): Locale {
    return resolveLocale(this.locale, this.closest('[lang]')?.getAttribute('lang'));
  }

  private get s(): ConfigEditorStrings {
    return configEditorStrings(this.resolvedLocale, this.strings);
  }

  /** @internal The editor's strings in its language, a site's overrides applied. */
  get editorStrings(): ConfigEditorStrings {
    return this.s;
  }

  /** @internal A polite announcement. */
  announce(message: string): void {
    this.announcer.announce(message);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.draft.text) return;
    const kept = this.draft.restore();
    if (kept) {
      this.draft.load(kept);
      this.announcer.announce(this.s.ceDraftRestored, 100);
    } else {
      this.draft.load(JSON.stringify(KINDS[this.kind].defaultConfig(this.resolvedLocale), null, 2));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    this.pane?.destroy();
    this.pane = undefined;
  }

  /** The config being edited as JSON text. */
  get value(): string {
    return this.draft.text;
  }
  set value(text: string) {
    this.draft.load(text);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && changed.get('locale') !== undefined) this.draft.reparse();
  }

  protected override updated(): void {
    if (!this.pane && !this.paneLoading && this.jsonHost) void this.loadPane(this.jsonHost);
    if (this.focusAfter) {
      const target = this.focusAfter
        .map((selector) => this.renderRoot.querySelector<HTMLElement>(selector))
        .find(Boolean);
      target?.focus();
      this.focusAfter = undefined;
    }
  }

  private async loadPane(host: HTMLElement): Promise<void> {
    this.paneLoading = true;
    const info = KINDS[this.kind];
    // The pane and the published schema load side by side; without the schema (a chunk that failed to load),
    // the pane still edits and checks, with no completion or hover help.
    const [{ createJsonPane }, schema] = await Promise.all([import('./json-pane.js'), info.schema().catch(() => ({}))]);
    if (!this.isConnected) return void (this.paneLoading = false);
    this.pane = createJsonPane(host, {
      text: this.draft.text,
      label: this.s.ceJsonLabel,
      schema,
      issues: (text) => {
        const parsed = info.parse(text, this.resolvedLocale);
        return parsed.ok ? [] : parsed.issues;
      },
      onChange: (text) => this.draft.typed(text),
    });
    this.paneReady = true;
  }

  private draftChanged(source: 'outline' | 'text' | 'history' | 'load'): void {
    if (source !== 'text') this.pane?.setText(this.draft.text);
    clearTimeout(this.previewTimer);
    const config = this.draft.config;
    if (!config) return;
    const show = () => {
      this.previewConfig = config;
      this.previewGeneration++;
    };
    if (source === 'load' || !this.previewConfig) show();
    else this.previewTimer = setTimeout(show, PREVIEW_DELAY);
  }

  /** Ctrl (⌘) + Z undoes, Ctrl + Y or Ctrl + Shift + Z redoes; in the JSON pane, CodeMirror's own history does. */
  private onKeydown = (event: KeyboardEvent) => {
    const key = event.key.toLowerCase();
    if (!(event.ctrlKey || event.metaKey) || event.altKey || (key !== 'z' && key !== 'y')) return;
    const inPane = event.composedPath().some((n) => n instanceof HTMLElement && n.classList.contains('cm-editor'));
    if (inPane) return;
    event.preventDefault();
    if (key === 'y' || event.shiftKey) this.draft.redo();
    else this.draft.undo();
  };

  private start = (text: string | undefined, detail = ''): void => {
    if (text === undefined) {
      this.announcer.announce(this.s.ceStartFailed(detail));
      return;
    }
    this.draft.load(text);
    this.announcer.announce(this.s.ceStarted);
  };

  private publish(report: KindReport, confirmed: boolean): void {
    const config = this.draft.config;
    const { changes } = report;
    if (!config || report.versionMustChange) return;
    if (report.affectsData && !confirmed) {
      this.dialog?.showModal();
      return;
    }
    this.dialog?.close();
    this.dispatchEvent(new CoopConfigPublishEvent({ kind: this.kind, config, ...(changes ? { changes } : {}) }));
    this.announcer.announce(this.s.cePublished(String((config as { version?: unknown }).version ?? '')));
  }

  private copyTag(tag: string): void {
    navigator.clipboard.writeText(tag).then(
      () => this.announcer.announce(this.s.ceCopied),
      () => {
        this.announcer.announce(this.s.ceCopyFailed);
        this.renderRoot.querySelector<HTMLTextAreaElement>('#tag')?.select();
      },
    );
  }

  protected override render(): TemplateResult {
    const s = this.s;
    const kind = this.kind;
    const info = KINDS[kind];
    const report = kindReport(this, this.edits, this.lists);
    const config = this.draft.config;
    const blocked = !config ? s.cePublishBlocked : report.versionMustChange ? s.cePublishVersion : undefined;
    const locale = this.previewLocale ?? this.resolvedLocale;
    return html`<div class="editor" lang=${this.resolvedLocale} @keydown=${this.onKeydown}>
      <h2>${s.ceTitle(kindName(kind, s))}</h2>
      ${renderStart({
        strings: s,
        ...startActions(kind, this.resolvedLocale, s, this.start),
      })}
      <div class="toolbar">
        <button
          type="button"
          class="button"
          part="button"
          data-action="undo"
          ?disabled=${!this.draft.canUndo}
          @click=${() => this.draft.undo()}
        >
          ${s.ceUndo}
        </button>
        <button
          type="button"
          class="button"
          part="button"
          data-action="redo"
          ?disabled=${!this.draft.canRedo}
          @click=${() => this.draft.redo()}
        >
          ${s.ceRedo}
        </button>
      </div>
      <div class="panes">
        <section class="pane" aria-labelledby="outline-title">
          <h3 id="outline-title">${s.ceOutline}</h3>
          ${renderKindOutline(this, this.edits, this.lists)}
        </section>
        <section class="pane" aria-labelledby="json-title">
          <h3 id="json-title">${s.ceJson}</h3>
          ${this.paneReady ? nothing : html`<p>${s.ceJsonLoading}</p>`}
          <div class="json-host" tabindex="0" role="region" aria-label=${s.ceJsonLabel}></div>
          ${renderIssues({ strings: s, issues: this.draft.issues, onReveal: (path) => this.pane?.reveal(path) })}
        </section>
      </div>
      <section class="pane" aria-labelledby="preview-title">
        <h3 id="preview-title">${s.cePreview}</h3>
        ${renderPreview({
          strings: s,
          tag: info.tag,
          config: this.previewConfig,
          generation: this.previewGeneration,
          behind: !config,
          width: this.previewWidth,
          locale,
          sample: this.sample,
          storage: sampleStorage(kind, this.previewConfig, this.sample),
          onWidth: (width) => (this.previewWidth = width),
          onLocale: (value) => (this.previewLocale = toLocale(value) ?? 'fr'),
          onSample: (on) => {
            this.sample = on;
            this.previewGeneration++;
          },
        })}
      </section>
      <section class="pane" aria-labelledby="changes-title">
        <h3 id="changes-title">${kind === 'questionnaire' ? s.ceChanges : s.ceChangesData}</h3>
        ${renderChanges({
          strings: s,
          previousText: this.previous,
          previousIssues: report.previousIssues,
          previousRead: report.previousRead,
          report: report.view,
          onPrevious: (text) => (this.previous = text),
        })}
      </section>
      <section class="pane" aria-labelledby="out-title">
        <h3 id="out-title">${s.ceOut}</h3>
        ${renderPublish({
          strings: s,
          tag: config ? configTag(info.tag, config) : undefined,
          blocked,
          affected: report.affected,
          ...(report.confirmTitle ? { confirmTitle: report.confirmTitle } : {}),
          ...(report.confirmText ? { confirmText: report.confirmText } : {}),
          onDownload: () =>
            downloadFile(this.renderRoot, `${kind}.json`, 'application/json', `${JSON.stringify(config, null, 2)}\n`),
          onCopy: () => config && this.copyTag(configTag(info.tag, config)),
          onPublish: () => {
            if (blocked) this.announcer.announce(blocked);
            else this.publish(report, false);
          },
          onConfirm: () => this.publish(report, true),
          onCancel: () => this.dialog?.close(),
        })}
      </section>
      ${this.announcer.render()}
    </div>`;
  }
}

function defaultStore(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-config-editor': CoopConfigEditor;
  }
}
