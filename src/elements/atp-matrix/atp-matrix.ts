/**
 * <coop-atp-matrix>: its properties and public API, the document it edits (a DocumentController whose
 * conflicts the user settles), the analysis, plans and synthesis it memoises, and the choice of the view
 * rendered. The views are the *-view.ts modules; the tabs and the editing are controllers; the parts loaded on
 * first use, and what is made and drawn through them, are grid-parts.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ATP_VIEWS,
  parseAtpConfig,
  type buildPlans,
  type AtpAnalysis,
  type AtpConfig,
  type AtpData,
  type AtpView,
  type Locale,
  type ParseOptions,
  type StorageAdapter,
  type Strings,
} from '../../core/runtime.js';
import { CoopAtpChangeEvent, type AtpChangeAction } from '../events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { CoopConfigurable } from '../shared/configurable.js';
import { DocumentController } from '../shared/document-controller.js';
import { Announcer } from '../shared/feedback.js';
import { FocusAfterUpdate } from '../shared/focus-after-update.js';
import { downloadJson } from '../shared/document-export.js';
import { renderDocumentWarning, renderErase, renderSaved } from '../shared/storage-view.js';
import { atpMatrixStyles } from './atp-matrix.styles.js';
import { gridExtrasStyles } from './grid-extras.styles.js';
import { postureBadgeStyles } from './posture-badge.styles.js';
import { AnalysisMemo } from './analysis-memo.js';
import { atpDocument } from './atp-document.js';
import { EditorController } from './editor-controller.js';
import { GridParts } from './grid-parts.js';
import { focusRequested, requestedGroup } from './project-requests.js';
import { registerLinks, type ProjectHub } from '../shared/project-link.js';
import { atpFormatters } from './formatters.js';
import { renderAtpView, type ViewsSource } from './views.js';
import { renderTabs } from './tabs-view.js';
import { ViewsController } from './views-controller.js';

export { ATP_VIEWS, type AtpView };

/**
 * The Attraits / Peurs / Tentations grid of the ANAP method: for each stakeholder group, what attracts it,
 * what it fears and what tempts it, each weighed; the posture each group is likely to show and the levers to
 * pull; the three plans the grid feeds (objectives, risks, relational charter); and, given several
 * participants' grids, their common representation. Saved as it is typed.
 *
 * Config: the `config` attribute (JSON) or property (object), else a child
 * `<script type="application/json">`, else the `src` URL, else the default grid of the locale.
 *
 * @tagname coop-atp-matrix
 * @summary The ATP grid: stakeholder groups × attractions, fears, temptations, with postures and plans.
 *
 * @fires {CoopAtpChangeEvent} coop-atp-change - The user changed the grid or its plans' actions. `detail: { action, groupId, itemId?, actionId?, data }`.
 * @fires {CoopViewChangeEvent} coop-view-change - The user moved to another view (not when code sets `view`). `detail: { view, previous }`.
 * @fires {CoopConfigErrorEvent} coop-config-error - The config is invalid or could not be fetched. `detail: { issues }`.
 * @fires {CoopStorageErrorEvent} coop-storage-error - Saved data could not be read or written. `detail: { reason, operation, quarantineKey? }`.
 *
 * @csspart legend - What the config says of its groups and levels (a closed `<details>`), when it describes them.
 * @csspart base - The widget's outer box.
 * @csspart header - Title and last save time.
 * @csspart tabs - The list of views.
 * @csspart tab - A view's tab; `tab--selected` for the current one.
 * @csspart grid - The grid's table.
 * @csspart group - A group's row header (name, posture, trust).
 * @csspart cell - A cell of the grid (one group, one category).
 * @csspart item - An item in a cell.
 * @csspart item-form - The form that adds or edits an item.
 * @csspart posture - A posture badge; also `posture--cooperative`, `posture--opportunist`, `posture--individualist`, `posture--undetermined`.
 * @csspart forces - In the Postures view, what pushes a group and what holds it back (a two-arrow figure and its text).
 * @csspart chart - The postures chart's figure.
 * @csspart plan - One of the three plans.
 * @csspart action - An action decided in a plan (its card), also in the synthesis' list of actions.
 * @csspart action-form - The form that adds or edits an action: what, owner, due date, state, items, result.
 * @csspart suggestion - An idea drawn from the grid, with "Add to the plan".
 * @csspart unanswered - Per group, the items no action answers yet.
 * @csspart undo - The notice after a deletion, with its "Undo" button.
 * @csspart participants - The participants' grids: the file control, the errors per file, who is included.
 * @csspart synthesis - The merged grid of several participants.
 * @csspart divergence - The flag on an item where participants disagree.
 * @csspart button - Every button; `button--primary` for the main action.
 * @csspart warning - The storage warning; also the warning, with "Try again", when a view could not be loaded.
 * @csspart error - The panel that lists config problems.
 * @csspart error-item - One problem in that panel (its message, and its JSON path for developers).
 * @csspart dialog - The confirmation dialogs.
 *
 * @cssprop [--coop-color-accent=#000091] - Main colour: buttons, the selected tab, attractions.
 * @cssprop [--coop-color-text=#161616] - Text colour.
 * @cssprop [--coop-color-muted=#3a3a3a] - Secondary text.
 * @cssprop [--coop-color-surface=#ffffff] - Background of boxes and dialogs.
 * @cssprop [--coop-color-border=#929292] - Borders.
 * @cssprop [--coop-color-error=#ce0500] - Errors, warnings and divergence flags.
 * @cssprop [--coop-color-error-surface=#ffe9e9] - Background of error panels.
 * @cssprop [--coop-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--coop-atp-attractions=#000091] - Colour of attractions in the chart and badges.
 * @cssprop [--coop-atp-fears=#b34000] - Colour of fears in the chart and badges.
 * @cssprop [--coop-atp-temptations=#6e445a] - Colour of temptations in the chart and badges.
 * @cssprop [--coop-font-family=inherit] - Font of the widget.
 * @cssprop [--coop-font-family-mono=ui-monospace, monospace] - Font of the JSON paths in the config error panel.
 * @cssprop [--coop-radius=0.25rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 * @cssprop [--coop-atp-max-width=72rem] - Maximum width of the widget's content.
 * @cssprop [--coop-content-visibility=visible] - How item lists off screen are drawn. `auto` (opt-in) skips laying out what is off screen until it comes near: much faster for hundreds of items, but Chromium then leaves that content out of the accessibility tree, so screen readers do not find it until it is scrolled near; keep the default `visible` wherever screen-reader users fill the widget.
 */
export class CoopAtpMatrix extends CoopConfigurable<AtpConfig> {
  static override styles = [
    ...CoopConfigurable.styles,
    controlStyles,
    atpMatrixStyles,
    postureBadgeStyles,
    gridExtrasStyles,
  ];

  /** Namespace of the saved data, for several documents of the same config on one site. */
  @property({ attribute: 'storage-key' })
  storageKey?: string;

  /** Shows the data without letting it change. */
  @property({ type: Boolean, reflect: true })
  readonly = false;

  /**
   * Where the data is saved: any `StorageAdapter` (`load`, `save`, `remove`, optional `subscribe`). Default: the
   * enclosing `<coop-project>`'s storage, else this browser's localStorage.
   */
  @property({ attribute: false })
  storage?: StorageAdapter;

  /**
   * The current view: `grid`, `postures`, `plans` or `synthesis` (the last only with two or more
   * `participants`); the tabs set it. Any other value logs a warning and shows `grid`.
   */
  @property({ reflect: true })
  view: AtpView = 'grid';

  /**
   * Several participants' grids (as `getData()` gives them): with two or more, the Synthesis view shows their
   * common representation. The "Add participants' grids" control adds to it from files.
   */
  @property({ attribute: false })
  participants?: AtpData[];

  /**
   * Each grid's display name, in `participants` order (e.g. who joined a workshop), shown as text where the
   * Synthesis says who cited an item and in the list; missing or empty: the file's name, else "Participant N".
   */
  @property({ attribute: false })
  participantNames?: string[];

  private readonly announcer = new Announcer(this);
  private readonly format = atpFormatters({
    model: () => this.model,
    strings: () => this.i18n.strings,
    locale: () => this.i18n.locale,
    tag: () => this.i18n.tag,
  });
  /** The saved document: a conflict with a version saved elsewhere is the user's to settle. */
  private readonly doc = new DocumentController<AtpConfig, AtpData>(this, {
    kind: atpDocument(this),
    property: 'data',
    model: () => this.model,
    i18n: this.i18n,
    storage: () => this.storage ?? this.project?.storage,
    readonly: () => this.readonly,
    announce: (message) => this.announcer.announce(message),
    focusAfterUpdate: (focus) => this.focusMove.schedule(focus),
    publish: (config, data) => this.project?.hub.publish('atp-matrix', { element: this, config, data }),
  });
  private readonly views = new ViewsController(this, ATP_VIEWS, (focus) => this.focusMove.schedule(focus));
  /** What every controller reads of the element. */
  private readonly common = {
    data: () => this.data,
    readonly: () => this.readonly,
    strings: () => this.i18n.strings,
    focusAfterUpdate: (focus: () => void) => this.focusMove.schedule(focus),
    announce: (message: string) => this.announcer.announce(message),
  };
  private readonly editing = new EditorController(this, {
    ...this.common,
    categoryLabel: (category) => this.format.categoryLabel(category),
    change: (...args) => this.change(...args),
    offerUndo: (offer) => this.lazy.offerUndo(offer),
    withEdits: (run) => this.lazy.use('edits', run),
    withForm: (run, failed) => this.parts.use('itemForm', run, failed),
  });
  private readonly focusMove = new FocusAfterUpdate(this);
  /** What the analysis, the plans and the synthesis read of the element. */
  private readonly memoSource = {
    model: () => this.model,
    data: () => this.data,
    participants: () => this.participants,
    locale: () => this.i18n.locale,
    overrides: () => this.strings,
    strings: () => this.i18n.strings,
  };
  private readonly memo = new AnalysisMemo(this.memoSource);
  /** The views after the grid, and what a user reaches after a first action (grid-parts.ts). */
  private readonly lazy = new GridParts(this, {
    ...this.memoSource,
    ...this.common,
    change: (...args) => this.change(...args),
    shownAnalysis: () => (this.view === 'postures' ? this.analysis() : undefined),
    categoryLabel: (category) => this.format.categoryLabel(category),
    participantNames: () => this.participantNames,
  });
  private readonly parts = this.lazy.parts;

  /** The working document, `undefined` while it loads; Lit reads it under the name the controller reports (`data`). */
  private get data(): AtpData | undefined {
    return this.doc.data;
  }

  // ---------------------------------------------------------------- public API

  /** A copy of the current data, or `undefined` while it loads. */
  getData(): AtpData | undefined {
    return this.doc.copy();
  }

  /**
   * Replaces the data (e.g. from a host's back end) and saves it. Throws a TypeError naming the JSON paths
   * when the input is not a valid document.
   */
  setData(input: AtpData | string): void {
    this.doc.take(input);
  }

  /**
   * Erases the saved data and starts afresh (no confirmation: the host asked). Resolves to false when the
   * stored copy could not be erased (a `coop-storage-error` says why), and, doing nothing, while no saved data
   * is open yet (the config has not arrived): call it once the widget shows it.
   */
  reset(): Promise<boolean> {
    return this.doc.reset();
  }

  /** The current analysis (means, posture and levers per group), or `undefined` while there is none. */
  getAnalysis(): AtpAnalysis | undefined {
    const a = this.analysis();
    return a && (JSON.parse(JSON.stringify(a)) as AtpAnalysis);
  }

  private analysis(): AtpAnalysis | undefined {
    return this.memo.analysis();
  }

  // ---------------------------------------------------------------- the document

  protected parseConfig(input: string | object, options: ParseOptions) {
    return parseAtpConfig(input, options);
  }
  protected loadDefaultConfig(locale: Locale): Promise<AtpConfig> {
    return import('./default-content.js').then(({ defaultAtpConfig }) => defaultAtpConfig(locale));
  }
  protected override modelChanged(model: AtpConfig | undefined): void {
    this.doc.modelChanged(model);
  }
  protected override loadingText(s: Strings): string {
    return s.widgetLoading;
  }

  /**
   * The exports. The CSV ones run at once when their module is here (fetched right after the first paint), else
   * once it is; the JSON one needs nothing more.
   */
  private readonly exports = {
    json: (): void => downloadJson(this.doc),
    csv: (): void => this.lazy.use('exports', (m) => m.downloadGridCsv(this.doc, this.exportsSource)),
    plans: (): void => this.lazy.use('exports', (m) => m.downloadPlansCsv(this.doc, this.exportsSource)),
  };
  private readonly exportsSource = {
    plans: (build: typeof buildPlans) => this.memo.plans(build),
    locale: () => this.i18n.locale,
    strings: () => this.strings,
  };
  private change(data: AtpData, action: AtpChangeAction, groupId: string, itemId?: string, message?: string): void {
    const before = this.analysis();
    this.doc.commit(data);
    const copy = JSON.parse(JSON.stringify(data)) as AtpData;
    // An action of the plans is named by `actionId`; the `itemId` slot carries it here.
    const about = itemId === undefined ? {} : action.endsWith('-action') ? { actionId: itemId } : { itemId };
    this.dispatchEvent(new CoopAtpChangeEvent({ action, groupId, ...about, data: copy }));
    // A change of posture is news: say it after what was done.
    const after = this.analysis();
    const was = before?.groups.find((g) => g.id === groupId);
    const now = after?.groups.find((g) => g.id === groupId);
    const postureChanged = now && was && (was.posture !== now.posture || was.qualifier !== now.qualifier);
    const parts = [
      message,
      postureChanged ? this.i18n.strings.amAnnouncePosture(now.label, this.format.postureText(now)) : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (parts) this.announcer.announce(parts);
  }

  // ---------------------------------------------------------------- project

  protected override joinedProject(): void {
    // The register's proposals linked to the grid answer items too: the Plans view counts them.
    this.listen('change', (event) => {
      if (event.widget === 'principles-checklist' && this.view === 'plans') this.requestUpdate();
    });
    // A group named elsewhere (a proposal "from another group" in the checklist) gets its row here.
    this.listen('group-request', (event) => {
      const added = this.data && !this.readonly ? requestedGroup(this.data, event.label) : undefined;
      if (!added) return;
      this.change(added.data, 'add-group', added.id, undefined, this.i18n.strings.cpGroupAdded(event.label.trim()));
      // At once, not after the next render: the checklist files the proposal under the new group's id.
      this.doc.publish();
    });
    this.listen('focus-request', ({ request }) => {
      if (request.widget !== 'atp-matrix') return;
      this.views.select('grid');
      this.focusMove.schedule(() => focusRequested(this.renderRoot, request.id));
      this.requestUpdate();
    });
    this.doc.publish();
  }

  protected override leftProject(hub: ProjectHub): void {
    hub.withdraw('atp-matrix', this);
  }

  // ---------------------------------------------------------------- rendering

  protected renderContent(model: AtpConfig): TemplateResult {
    const s = this.i18n.strings;
    const data = this.data;
    const analysis = this.analysis();
    if (!data || !analysis) return html`<p class="loading" role="status">${s.widgetLoading}</p>`;
    const views = this.views.available();
    const view = this.views.shown(views);
    return html`
      <div class="base" part="base" lang=${this.i18n.locale}>
        <div class="header" part="header">
          <h2 class="title" tabindex="-1">${model.title}</h2>
          ${renderSaved(this.doc, s, this.i18n.tag)}
        </div>
        ${model.description ? html`<p class="description">${model.description}</p>` : nothing}
        ${this.renderStorageWarning(s)} ${this.readonly ? html`<p class="notice">${s.amReadonly}</p>` : nothing}
        ${this.announcer.render()}
        ${renderTabs({ s, views, shown: view, onKey: this.views.onTabKey, onSelect: (v) => this.views.select(v) })}
        ${this.lazy.renderUndo(s)}
        <div class="panel" role="tabpanel" id="panel-${view}" aria-labelledby="tab-${view}" tabindex="0">
          ${renderAtpView(view, this.viewsSource(model, data, analysis, s))}
        </div>
        ${this.lazy.renderParticipants(s)}
        <p class="actions screen-only">
          <button type="button" class="button" part="button" @click=${this.exports.json}>${s.widgetExportJson}</button>
          <button type="button" class="button" part="button" @click=${this.exports.csv}>${s.amExportCsv}</button>
          <button type="button" class="button" part="button" @click=${this.exports.plans}>${s.amExportPlans}</button>
          <button type="button" class="button" part="button" @click=${() => window.print()}>${s.print}</button>
          ${renderErase(this.doc, s, this.readonly)}
        </p>
        ${this.lazy.renderGroupDialog(s, this.editing)}
      </div>
    `;
  }

  private viewsSource(model: AtpConfig, data: AtpData, analysis: AtpAnalysis, s: Strings): ViewsSource {
    const { parts, readonly, editing } = this;
    const { planningOf: planning, chartFailed, synthesis, participantNames } = this.lazy;
    const { postureText, number, intensityLabel, dateLabel, joinNames } = this.format;
    return {
      ...{ model, data, analysis, s, parts, readonly, editing, planning, postureText, number, intensityLabel },
      ...{ dateLabel, joinNames, locale: this.i18n.locale, overrides: this.strings },
      ...{ chartFailed, synthesis, participantNames },
      itemForm: (group, category, item) => this.lazy.renderItemForm({ model, s, editing }, group, category, item),
      plans: (build) => this.memo.plans(build),
      registerLinks: () => (this.project ? registerLinks(this.project.hub) : undefined),
    };
  }

  /** The storage warning, with the exports at hand and, after a conflict, "keep mine" / "load saved". */
  private renderStorageWarning(s: Strings): TemplateResult | typeof nothing {
    const exports = { json: this.exports.json, csv: { label: s.amExportCsv, run: this.exports.csv } };
    return renderDocumentWarning(this.doc, s, exports, this.readonly);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-atp-matrix': CoopAtpMatrix;
  }
}
