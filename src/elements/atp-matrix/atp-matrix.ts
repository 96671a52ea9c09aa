import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ATP_CATEGORIES,
  ATP_VIEWS,
  addGroup,
  addItem,
  analyseAtp,
  atpStorageKey,
  atpToCsv,
  buildPlans,
  createAtpData,
  fitAtpData,
  formatAtpNumber,
  mergeAtp,
  moveGroup,
  parseAtpConfig,
  parseAtpData,
  normaliseText,
  parseSavedAtp,
  postureLabel,
  plansToCsv,
  removeGroup,
  removeItem,
  renameGroup,
  serializeSavedAtp,
  setTrust,
  updateItem,
  type AtpAnalysis,
  type AtpCategory,
  type AtpConfig,
  type AtpData,
  type AtpGroup,
  type AtpGroupAnalysis,
  type AtpItem,
  type AtpPlans,
  type AtpSynthesis,
  type AtpView,
  type Locale,
  type ParseOptions,
  type Strings,
} from '../../core/runtime.js';
import { CoopAtpChangeEvent, CoopViewChangeEvent, type AtpChangeAction } from '../events.js';
import { controlStyles } from '../shared/controls.styles.js';
import { renderLegend } from '../shared/legend.js';
import { CoopDocumentWidget } from '../shared/document-widget.js';
import { atpMatrixStyles } from './atp-matrix.styles.js';
import type { ProjectHub } from '../shared/project-link.js';

export { ATP_VIEWS, type AtpView };

type Chart = { destroy(): void };
type Editor = { groupId: string; category: AtpCategory; itemId?: string };

const PLAN_OF: Record<AtpCategory, keyof AtpPlans> = {
  attractions: 'objectives',
  fears: 'risks',
  temptations: 'charter',
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * An id for a part of an item: its text, and its buttons, which are named by it ("Edit" + the item's text) through
 * aria-labelledby. Not by visually hidden text: 960 absolutely positioned spans cost a 12 × 40 grid a third of
 * its layout. `~` cannot occur in group or item ids, so no two items share one.
 */
const itemId = (group: AtpGroup, item: AtpItem, part: 'text' | 'edit' | 'remove') => `${part}~${group.id}~${item.id}`;

/**
 * A list of items off screen is not laid out (content-visibility): meanwhile its height is estimated from its
 * count, so that the page's height barely moves as the user scrolls to it. Set through the CSSOM: a strict CSP
 * blocks style attributes.
 */
const estimateHeight = (count: number) => (el?: Element) => {
  if (el instanceof HTMLElement) el.style.setProperty('--_items', String(count));
};

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
 * @fires {CoopAtpChangeEvent} coop-atp-change - The user changed the grid. `detail: { action, groupId, itemId?, data }`.
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
 * @csspart chart - The postures chart's figure.
 * @csspart plan - One of the three plans.
 * @csspart synthesis - The merged grid of several participants.
 * @csspart divergence - The flag on an item where participants disagree.
 * @csspart button - Every button; `button--primary` for the main action.
 * @csspart warning - The storage warning.
 * @csspart error - The panel that lists config problems.
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
 * @cssprop [--coop-radius=0.25rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 * @cssprop [--coop-atp-max-width=72rem] - Maximum width of the widget's content.
 * @cssprop [--coop-content-visibility=visible] - How item lists off screen are drawn. `auto` (opt-in) skips laying out what is off screen until it comes near: much faster for hundreds of items, but Chromium then leaves that content out of the accessibility tree, so screen readers do not find it until it is scrolled near; keep the default `visible` wherever screen-reader users fill the widget.
 */
export class CoopAtpMatrix extends CoopDocumentWidget<AtpConfig, AtpData> {
  static override styles = [...CoopDocumentWidget.styles, controlStyles, atpMatrixStyles];

  /** The current view: `grid`, `postures`, `plans` or `synthesis` (the last only with `participants`). */
  @property({ reflect: true })
  view: AtpView = 'grid';

  /** Several participants' grids (as `getData()` gives them): the Synthesis view shows their common representation. */
  @property({ attribute: false })
  participants?: AtpData[];

  @state() private editor?: Editor;
  @state() private textMissing = false;
  @state() private renaming?: string;
  @state() private groupNameMissing = false;
  @state() private removingGroup?: AtpGroup;
  @state() private chartFailed = false;

  @query('dialog.remove-group') private removeGroupDialog?: HTMLDialogElement;

  private cache?: {
    model: AtpConfig;
    data: AtpData;
    locale: Locale;
    analysis: AtpAnalysis;
    plans?: AtpPlans;
  };
  private synthesisCache?: { model: AtpConfig; participants: AtpData[]; locale: Locale; result: SynthesisResult };
  private chart?: Chart;
  private chartFor?: { canvas: HTMLCanvasElement; analysis: AtpAnalysis };

  /** The current analysis (means, posture and levers per group), or `undefined` while there is none. */
  getAnalysis(): AtpAnalysis | undefined {
    const a = this.analysis();
    return a && (JSON.parse(JSON.stringify(a)) as AtpAnalysis);
  }

  private analysis(): AtpAnalysis | undefined {
    const { model, data } = this;
    if (!model || !data) return undefined;
    const locale = this.i18n.locale;
    const c = this.cache;
    if (c?.model !== model || c.data !== data || c.locale !== locale) {
      this.cache = { model, data, locale, analysis: analyseAtp(model, data, { locale, strings: this.strings }) };
    }
    return this.cache?.analysis;
  }

  private plans(): AtpPlans | undefined {
    const { model, data } = this;
    if (!model || !data || !this.analysis() || !this.cache) return undefined;
    this.cache.plans ??= buildPlans(model, data, { locale: this.i18n.locale, strings: this.strings });
    return this.cache.plans;
  }

  private synthesis(): SynthesisResult | undefined {
    const { model, participants } = this;
    if (!model || !participants || participants.length < 2) return undefined;
    const locale = this.i18n.locale;
    const c = this.synthesisCache;
    if (c?.model === model && c.participants === participants && c.locale === locale) return c.result;
    const valid: AtpData[] = [];
    const problems: string[] = [];
    participants.forEach((p, index) => {
      const parsed = parseAtpData(p as object, { locale, strings: this.strings });
      if (parsed.ok) valid.push(fitAtpData(model, parsed.data));
      else {
        const first = parsed.issues[0];
        problems.push(
          this.i18n.strings.amInvalidParticipant(index + 1, first ? `${first.path || '/'} — ${first.message}` : ''),
        );
      }
    });
    const merged = mergeAtp(model, valid, { locale, strings: this.strings });
    const result = { merged, problems, analysis: analyseAtp(model, merged.data, { locale, strings: this.strings }) };
    this.synthesisCache = { model, participants, locale, result };
    return result;
  }

  // ---------------------------------------------------------------- the document

  protected parseConfig(input: string | object, options: ParseOptions) {
    return parseAtpConfig(input, options);
  }
  protected loadDefaultConfig(locale: Locale): Promise<AtpConfig> {
    return import('./default-content.js').then(({ defaultAtpConfig }) => defaultAtpConfig(locale));
  }
  protected documentKey(model: AtpConfig): string {
    return atpStorageKey(model.id, this.storageKey);
  }
  protected createData(model: AtpConfig): AtpData {
    return createAtpData(model);
  }
  protected parseStored(raw: string, locale: Locale) {
    return parseSavedAtp(raw, { locale });
  }
  protected serialize(data: AtpData): string {
    return serializeSavedAtp(data);
  }
  protected parseData(input: string | object, locale: Locale) {
    return parseAtpData(input, { locale });
  }
  protected override fitData(model: AtpConfig, data: AtpData): AtpData {
    return fitAtpData(model, data);
  }

  protected override exportCsv = (): void => {
    if (!this.model || !this.data) return;
    const csv = atpToCsv(this.model, this.data, { locale: this.i18n.locale, strings: this.strings });
    this.download(`${this.model.id}.csv`, 'text/csv;charset=utf-8', csv);
  };

  protected override csvLabel(s: Strings): string {
    return s.amExportCsv;
  }

  private exportPlans = (): void => {
    const plans = this.plans();
    if (!this.model || !plans) return;
    const csv = plansToCsv(this.model, plans, { locale: this.i18n.locale, strings: this.strings });
    this.download(`${this.model.id}-plans.csv`, 'text/csv;charset=utf-8', csv);
  };

  private change(data: AtpData, action: AtpChangeAction, groupId: string, itemId?: string, message?: string): void {
    const before = this.analysis();
    this.commit(data);
    const copy = JSON.parse(JSON.stringify(data)) as AtpData;
    this.dispatchEvent(
      new CoopAtpChangeEvent(
        itemId === undefined ? { action, groupId, data: copy } : { action, groupId, itemId, data: copy },
      ),
    );
    // A change of posture is news: say it after what was done.
    const after = this.analysis();
    const was = before?.groups.find((g) => g.id === groupId);
    const now = after?.groups.find((g) => g.id === groupId);
    const postureChanged = now && was && (was.posture !== now.posture || was.qualifier !== now.qualifier);
    const parts = [message, postureChanged ? this.i18n.strings.amAnnouncePosture(now.label, this.postureText(now)) : '']
      .filter(Boolean)
      .join(' ');
    if (parts) this.announce(parts);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!(ATP_VIEWS as readonly string[]).includes(this.view)) {
      console.warn(`coop-widgets: <coop-atp-matrix> view="${this.view}" is not one of ${ATP_VIEWS.join(', ')}.`);
      this.view = 'grid';
    }
    super.willUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyChart(true);
  }

  // ---------------------------------------------------------------- project

  protected override publishState(hub: ProjectHub, config: AtpConfig, data: AtpData): void {
    hub.publish('atp-matrix', { element: this, config, data });
  }

  protected override joinedProject(hub: ProjectHub): void {
    // A group named elsewhere (a proposal "from another group" in the checklist) gets its row here.
    this.listen('group-request', (event) => {
      const label = event.label.trim();
      if (!label || !this.data || this.readonly) return;
      const key = normaliseText(label);
      if (this.data.groups.some((g) => normaliseText(g.label) === key)) return;
      const { data, id } = addGroup(this.data, label);
      if (!id) return;
      this.change(data, 'add-group', id, undefined, this.i18n.strings.cpGroupAdded(label));
      // At once, not after the next render: the checklist files the proposal under the new group's id.
      if (this.model) this.publishState(hub, this.model, data);
    });
    this.listen('focus-request', (event) => {
      const request = event.request;
      if (request.widget !== 'atp-matrix') return;
      this.select('grid');
      const id = request.id;
      this.focusAfterUpdate = () => {
        const target = id
          ? this.renderRoot.querySelector<HTMLElement>(`[data-group="${CSS.escape(id)}"] .group-name`)
          : this.renderRoot.querySelector<HTMLElement>('#tab-grid');
        target?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
        target?.focus({ preventScroll: true });
      };
      this.requestUpdate();
    });
    super.joinedProject(hub);
  }

  protected override leftProject(hub: ProjectHub): void {
    hub.withdraw('atp-matrix', this);
  }

  // ---------------------------------------------------------------- helpers

  private categoryLabel(category: AtpCategory): string {
    return this.model?.categories[category].label ?? category;
  }

  private postureText(g: AtpGroupAnalysis): string {
    return postureLabel(g.posture, g.qualifier, this.i18n.strings);
  }

  private intensityLabel(value: number): string {
    const level = this.model?.intensity.levels.find((l) => l.value === value);
    return this.i18n.strings.amIntensity(level?.label ?? this.number(value), value);
  }

  private number(value: number): string {
    return formatAtpNumber(value, this.i18n.locale);
  }

  // ---------------------------------------------------------------- tabs

  private shownView(views: AtpView[] = this.views()): AtpView {
    return views.includes(this.view) ? this.view : 'grid';
  }

  private views(): AtpView[] {
    return ATP_VIEWS.filter((v) => v !== 'synthesis' || (this.participants?.length ?? 0) >= 2);
  }

  /** The user moves to `view` (a tab, the arrow keys, a project's link): said by `coop-view-change`. */
  private select(view: AtpView, focus = false): void {
    const previous = this.shownView();
    this.view = view;
    if (view !== previous) this.dispatchEvent(new CoopViewChangeEvent({ view, previous }));
    if (focus) this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus();
  }

  private onTabKey = (event: KeyboardEvent): void => {
    const views = this.views();
    // The view shown, not the one asked for: "synthesis" without participants shows the grid.
    const index = views.indexOf(this.shownView(views));
    const to: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: views.length - 1,
    };
    const target = to[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = views[(target + views.length) % views.length];
    if (next) this.select(next, true);
  };

  // ---------------------------------------------------------------- grid actions

  private openEditor(editor: Editor): void {
    this.editor = editor;
    this.textMissing = false;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('.item-form input[name="text"]')?.focus();
  }

  private closeEditor(focusSelector?: string): void {
    const editor = this.editor;
    this.editor = undefined;
    this.textMissing = false;
    if (!editor) return;
    const cell = `[data-cell="${CSS.escape(editor.groupId)}:${editor.category}"]`;
    this.focusAfterUpdate = () =>
      this.renderRoot
        .querySelector<HTMLElement>(
          `${cell} ${focusSelector ?? (editor.itemId ? `[data-item="${CSS.escape(editor.itemId)}"] .edit` : '.add')}`,
        )
        ?.focus();
  }

  private onItemSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const editor = this.editor;
    if (!editor || !this.data || this.readonly) return;
    const values = new FormData(event.target as HTMLFormElement);
    const text = String(values.get('text') ?? '').trim();
    if (!text) {
      this.textMissing = true;
      this.focusAfterUpdate = () =>
        this.renderRoot.querySelector<HTMLElement>('.item-form input[name="text"]')?.focus();
      return;
    }
    const intensity = Number(values.get('intensity') ?? 0);
    const note = String(values.get('note') ?? '').trim();
    const s = this.i18n.strings;
    const group = this.data.groups.find((g) => g.id === editor.groupId);
    if (editor.itemId) {
      const patch: Partial<Omit<AtpItem, 'id'>> = { text, intensity, note };
      const data = updateItem(this.data, editor.groupId, editor.itemId, patch);
      this.closeEditor();
      if (data === this.data) return; // nothing changed: no event, no write
      this.change(data, 'update-item', editor.groupId, editor.itemId, s.amAnnounceUpdated);
    } else {
      const added = addItem(this.data, editor.groupId, {
        category: editor.category,
        text,
        intensity,
        ...(note ? { note } : {}),
      });
      this.closeEditor();
      this.change(
        added.data,
        'add-item',
        editor.groupId,
        added.id,
        s.amAnnounceAdded(group?.label ?? '', this.categoryLabel(editor.category)),
      );
    }
  };

  private onEditorKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closeEditor();
    }
  };

  private onRemoveItem(group: AtpGroup, item: AtpItem, category: AtpCategory): void {
    if (!this.data || this.readonly) return;
    const data = removeItem(this.data, group.id, item.id);
    const cell = `[data-cell="${CSS.escape(group.id)}:${category}"]`;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`${cell} .add`)?.focus();
    this.change(data, 'remove-item', group.id, item.id, this.i18n.strings.amAnnounceRemoved);
  }

  private onTrust(group: AtpGroup, event: Event): void {
    if (!this.data || this.readonly) return;
    const raw = (event.target as HTMLSelectElement).value;
    this.change(setTrust(this.data, group.id, raw === '' ? null : Number(raw)), 'set-trust', group.id);
  }

  private onAddGroup = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!this.data || this.readonly) return;
    const form = event.target as HTMLFormElement;
    const label = String(new FormData(form).get('label') ?? '').trim();
    if (!label) {
      this.groupNameMissing = true;
      this.focusAfterUpdate = () => form.querySelector<HTMLElement>('input')?.focus();
      return;
    }
    this.groupNameMissing = false;
    const { data, id } = addGroup(this.data, label);
    form.reset();
    this.change(data, 'add-group', id, undefined, this.i18n.strings.amAnnounceGroupAdded(label));
    this.focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-group="${CSS.escape(id)}"] .group-name`)?.focus();
  };

  private onRename(group: AtpGroup, event: SubmitEvent): void {
    event.preventDefault();
    if (!this.data || this.readonly) return;
    const label = String(new FormData(event.target as HTMLFormElement).get('label') ?? '').trim();
    this.renaming = undefined;
    this.focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-group="${CSS.escape(group.id)}"] .rename`)?.focus();
    if (label && label !== group.label) this.change(renameGroup(this.data, group.id, label), 'rename-group', group.id);
  }

  private onMove(group: AtpGroup, delta: number, buttonClass: string): void {
    if (!this.data || this.readonly) return;
    const index = this.data.groups.findIndex((g) => g.id === group.id);
    const to = index + delta;
    if (to < 0 || to >= this.data.groups.length) return;
    const data = moveGroup(this.data, group.id, to);
    const total = data.groups.length;
    this.focusAfterUpdate = () => {
      const row = this.renderRoot.querySelector(`[data-group="${CSS.escape(group.id)}"]`);
      // At the top or bottom the pressed button is disabled: keep focus on the other one.
      const button =
        row?.querySelector<HTMLButtonElement>(`.${buttonClass}:not([disabled])`) ??
        row?.querySelector<HTMLButtonElement>('.move-up:not([disabled]), .move-down:not([disabled])');
      button?.focus();
    };
    this.change(
      data,
      'move-group',
      group.id,
      undefined,
      this.i18n.strings.amAnnounceGroupMoved(group.label, to + 1, total),
    );
  }

  private askRemoveGroup(group: AtpGroup): void {
    if (!group.items.length) {
      this.removeGroupNow(group);
      return;
    }
    this.removingGroup = group;
    void this.updateComplete.then(() => this.removeGroupDialog?.showModal());
  }

  private removeGroupNow(group: AtpGroup): void {
    if (!this.data || this.readonly) return;
    this.focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>('#new-group')?.focus();
    this.change(
      removeGroup(this.data, group.id),
      'remove-group',
      group.id,
      undefined,
      this.i18n.strings.amAnnounceGroupRemoved(group.label),
    );
  }

  private onRemoveGroupDialog = (event: SubmitEvent): void => {
    const group = this.removingGroup;
    this.removingGroup = undefined;
    if ((event.submitter as HTMLButtonElement | null)?.value === 'remove' && group) this.removeGroupNow(group);
    else if (group)
      this.focusAfterUpdate = () =>
        this.renderRoot.querySelector<HTMLElement>(`[data-group="${CSS.escape(group.id)}"] .remove-group`)?.focus();
  };

  // ---------------------------------------------------------------- chart

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas.postures-chart');
    const analysis = this.analysis();
    if (!canvas || !analysis || this.view !== 'postures') {
      this.destroyChart(true);
      return;
    }
    void this.drawChart(canvas, analysis);
  }

  private async drawChart(canvas: HTMLCanvasElement, analysis: AtpAnalysis): Promise<void> {
    if (this.chartFor?.canvas === canvas && this.chartFor.analysis === analysis) return;
    this.chartFor = { canvas, analysis };
    try {
      const { drawAtpChart } = await import('./chart.js');
      if (this.chartFor?.canvas !== canvas || this.chartFor.analysis !== analysis || !this.model) return;
      this.destroyChart(false);
      const color = (selector: string) => {
        const el = this.renderRoot.querySelector(selector);
        return el ? getComputedStyle(el).color : '#000';
      };
      const top = Math.max(...this.model.intensity.levels.map((l) => l.value));
      this.chart = drawAtpChart(canvas, {
        groups: analysis.groups.map((g) => g.label),
        series: ATP_CATEGORIES.map((category) => ({
          label: this.categoryLabel(category),
          values: analysis.groups.map((g) => g.means[category]),
          color: color(`.swatch--${category}`),
        })),
        max: top,
        text: color('.chart-text'),
        grid: color('.chart-grid'),
        reducedMotion: reducedMotion(),
      });
      this.chartFailed = false;
    } catch (error) {
      console.warn('coop-widgets: the postures chart could not be drawn', error);
      this.chartFailed = true;
    }
  }

  private destroyChart(forget: boolean): void {
    this.chart?.destroy();
    this.chart = undefined;
    if (forget) this.chartFor = undefined;
  }

  // ---------------------------------------------------------------- rendering

  protected renderContent(model: AtpConfig): TemplateResult {
    const s = this.i18n.strings;
    const data = this.data;
    const analysis = this.analysis();
    if (!data || !analysis) return html`<p class="loading" role="status">${s.widgetLoading}</p>`;
    const views = this.views();
    const view = this.shownView(views);
    const labels: Record<AtpView, string> = {
      grid: s.amTabGrid,
      postures: s.amTabPostures,
      plans: s.amTabPlans,
      synthesis: s.amTabSynthesis,
    };
    return html`
      <div class="base" part="base" lang=${this.i18n.locale}>
        <div class="header" part="header">
          <h2 class="title" tabindex="-1">${model.title}</h2>
          ${this.renderSaved(s)}
        </div>
        ${model.description ? html`<p class="description">${model.description}</p>` : nothing}
        ${this.renderStorageWarning(s)} ${this.readonly ? html`<p class="notice">${s.amReadonly}</p>` : nothing}
        ${this.renderAnnouncer()}
        <div class="tabs screen-only" part="tabs" role="tablist" aria-label=${s.amTabsLabel} @keydown=${this.onTabKey}>
          ${views.map(
            (v) =>
              html`<button
                type="button"
                role="tab"
                id="tab-${v}"
                class=${v === view ? 'tab tab--selected' : 'tab'}
                part=${v === view ? 'tab tab--selected' : 'tab'}
                aria-selected=${v === view ? 'true' : 'false'}
                aria-controls=${ifDefined(v === view ? `panel-${v}` : undefined)}
                tabindex=${v === view ? 0 : -1}
                @click=${() => this.select(v)}
              >
                ${labels[v]}
              </button>`,
          )}
        </div>
        <div class="panel" role="tabpanel" id="panel-${view}" aria-labelledby="tab-${view}" tabindex="0">
          ${
            view === 'grid'
              ? this.renderGrid(model, data, analysis, s)
              : view === 'postures'
                ? this.renderPostures(model, analysis, s)
                : view === 'plans'
                  ? this.renderPlans(model, s)
                  : this.renderSynthesis(model, s)
          }
        </div>
        <p class="actions screen-only">
          <button type="button" class="button" part="button" @click=${this.exportJson}>${s.widgetExportJson}</button>
          <button type="button" class="button" part="button" @click=${this.exportCsv}>${s.amExportCsv}</button>
          <button type="button" class="button" part="button" @click=${this.exportPlans}>${s.amExportPlans}</button>
          <button type="button" class="button" part="button" @click=${() => window.print()}>${s.print}</button>
          ${this.renderErase(s)}
        </p>
        ${this.renderRemoveGroupDialog(s)}
      </div>
    `;
  }

  private renderPosture(g: AtpGroupAnalysis, s: Strings): TemplateResult {
    return html`<details class="posture-details">
      <summary>
        <span class="posture posture--${g.posture}" part="posture posture--${g.posture}">
          <span class="visually-hidden">${s.amPostureOf(g.label)}</span>${this.postureText(g)}
        </span>
        <span class="why">${s.amWhy}</span>
      </summary>
      <p class="explanation">${g.explanation}</p>
    </details>`;
  }

  private renderGrid(model: AtpConfig, data: AtpData, analysis: AtpAnalysis, s: Strings): TemplateResult {
    const ro = this.readonly;
    const editable = model.allowGroupEditing && !ro;
    return html`
      ${ATP_CATEGORIES.map(
        (category) =>
          html`<datalist id="suggestions-${category}">
            ${model.categories[category].suggestions.map((text) => html`<option value=${text}></option>`)}
          </datalist>`,
      )}
      ${renderLegend(s.amLevelsHelp, [
        { title: s.amGroupColumn, levels: model.groups },
        { title: s.amTrust, levels: model.trust.levels },
        { title: s.amColumnIntensity, levels: model.intensity.levels },
      ])}
      <div class="grid-scroll">
        <table class="grid" part="grid">
          <caption>
            ${s.amGridCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="group-column">${s.amGroupColumn}</th>
              <th scope="col" class="posture-column">${s.amPostureColumn}</th>
              ${ATP_CATEGORIES.map(
                (category) =>
                  html`<th scope="col" class="category category--${category}">
                    <span class="swatch swatch--${category}" aria-hidden="true"></span
                    >${model.categories[category].label}
                    <span class="category-help">${model.categories[category].description}</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              data.groups,
              (g) => g.id,
              (group, index) => {
                const g = analysis.groups.find((a) => a.id === group.id);
                return html`<tr data-group=${group.id}>
                  <th scope="row" class="group-header">
                    ${
                      this.renaming === group.id
                        ? html`<form class="rename-form" @submit=${(e: SubmitEvent) => this.onRename(group, e)}>
                            <label for="rename-${group.id}">${s.amGroupName}</label>
                            <input id="rename-${group.id}" class="input" name="label" .value=${group.label} />
                            <span class="inline-actions">
                              <button type="submit" class="link">${s.amSave}</button>
                              <button type="button" class="link" @click=${() => (this.renaming = undefined)}>
                                ${s.cancel}
                              </button>
                            </span>
                          </form>`
                        : html`<span class="group-name" tabindex="-1">${group.label}</span>`
                    }
                  </th>
                  <td class="group" part="group">
                    <span class="cell-label" aria-hidden="true">${s.amPostureColumn}</span>
                    ${g ? this.renderPosture(g, s) : nothing}
                    <label class="trust">
                      <span>${s.amTrust}</span>
                      <select
                        aria-label=${s.amTrustOf(group.label)}
                        ?disabled=${ro}
                        @change=${(e: Event) => this.onTrust(group, e)}
                      >
                        <option value="" ?selected=${group.trust === null}>${s.amTrustUnset}</option>
                        ${model.trust.levels.map(
                          (l) =>
                            html`<option value=${l.value} ?selected=${group.trust === l.value}>${l.label}</option>`,
                        )}
                      </select>
                    </label>
                    ${
                      editable && this.renaming !== group.id
                        ? html`<span class="group-actions">
                            <button
                              type="button"
                              class="link rename"
                              @click=${() => {
                                this.renaming = group.id;
                                this.focusAfterUpdate = () =>
                                  this.renderRoot
                                    .querySelector<HTMLElement>(`#rename-${CSS.escape(group.id)}`)
                                    ?.focus();
                              }}
                            >
                              ${s.amRename}<span class="visually-hidden"> ${group.label}</span>
                            </button>
                            <button
                              type="button"
                              class="link move-up"
                              ?disabled=${index === 0}
                              @click=${() => this.onMove(group, -1, 'move-up')}
                            >
                              ${s.amMoveUp}<span class="visually-hidden"> ${group.label}</span>
                            </button>
                            <button
                              type="button"
                              class="link move-down"
                              ?disabled=${index === data.groups.length - 1}
                              @click=${() => this.onMove(group, 1, 'move-down')}
                            >
                              ${s.amMoveDown}<span class="visually-hidden"> ${group.label}</span>
                            </button>
                            <button type="button" class="link remove-group" @click=${() => this.askRemoveGroup(group)}>
                              ${s.amRemoveGroup}<span class="visually-hidden"> ${group.label}</span>
                            </button>
                          </span>`
                        : nothing
                    }
                  </td>
                  ${ATP_CATEGORIES.map((category) => this.renderCell(model, group, category, s))}
                </tr>`;
              },
            )}
          </tbody>
        </table>
      </div>
      ${
        editable
          ? html`<form class="add-group screen-only" novalidate @submit=${this.onAddGroup}>
              <p class="field">
                <label for="new-group">${s.amNewGroupName}</label>
                <input
                  id="new-group"
                  class="input"
                  name="label"
                  autocomplete="off"
                  aria-invalid=${this.groupNameMissing ? 'true' : 'false'}
                  aria-describedby=${this.groupNameMissing ? 'new-group-error' : nothing}
                />
                ${
                  this.groupNameMissing
                    ? html`<span id="new-group-error" class="field-error">${s.amGroupNameRequired}</span>`
                    : nothing
                }
              </p>
              <button type="submit" class="button" part="button">${s.amAddGroup}</button>
            </form>`
          : nothing
      }
    `;
  }

  private renderCell(model: AtpConfig, group: AtpGroup, category: AtpCategory, s: Strings): TemplateResult {
    const items = group.items.filter((i) => i.category === category);
    const editor = this.editor;
    const here = editor?.groupId === group.id && editor.category === category;
    const label = model.categories[category].label;
    return html`<td class="cell cell--${category}" part="cell" data-cell="${group.id}:${category}">
      <span class="cell-label" aria-hidden="true">${label}</span>
      ${
        items.length
          ? html`<ul class="items" ${ref(estimateHeight(items.length))}>
              ${repeat(
                items,
                (i) => i.id,
                (item) =>
                  here && editor.itemId === item.id
                    ? html`<li>${this.renderItemForm(model, group, category, item, s)}</li>`
                    : html`<li class="item" part="item" data-item=${item.id}>
                        <span class="item-text" id=${itemId(group, item, 'text')}>${item.text}</span>
                        <span class="intensity intensity--${item.intensity}"
                          >${this.intensityLabel(item.intensity)}</span
                        >
                        ${item.note ? html`<span class="note">${item.note}</span>` : nothing}
                        ${
                          this.readonly
                            ? nothing
                            : html`<span class="inline-actions">
                                <button
                                  type="button"
                                  class="link edit"
                                  id=${itemId(group, item, 'edit')}
                                  aria-labelledby="${itemId(group, item, 'edit')} ${itemId(group, item, 'text')}"
                                  @click=${() => this.openEditor({ groupId: group.id, category, itemId: item.id })}
                                >
                                  ${s.amEditItem}
                                </button>
                                <button
                                  type="button"
                                  class="link remove"
                                  id=${itemId(group, item, 'remove')}
                                  aria-labelledby="${itemId(group, item, 'remove')} ${itemId(group, item, 'text')}"
                                  @click=${() => this.onRemoveItem(group, item, category)}
                                >
                                  ${s.amRemoveItem}
                                </button>
                              </span>`
                        }
                      </li>`,
              )}
            </ul>`
          : here
            ? nothing // the editor open in the empty cell says enough
            : html`<p class="empty">${s.amEmptyCell}</p>`
      }
      ${
        here && !editor.itemId
          ? this.renderItemForm(model, group, category, undefined, s)
          : this.readonly
            ? nothing
            : html`<button
                type="button"
                class="link add screen-only"
                @click=${() => this.openEditor({ groupId: group.id, category })}
              >
                <span aria-hidden="true">+ </span>${s.amAddItem}<span class="visually-hidden">
                  — ${group.label} — ${label}</span
                >
              </button>`
      }
    </td>`;
  }

  private renderItemForm(
    model: AtpConfig,
    group: AtpGroup,
    category: AtpCategory,
    item: AtpItem | undefined,
    s: Strings,
  ): TemplateResult {
    const label = model.categories[category].label;
    const id = `editor-${group.id}-${category}`;
    const current =
      item?.intensity ?? model.intensity.levels[Math.min(2, model.intensity.levels.length - 1)]?.value ?? 0;
    // Short visible labels (the editor sits in its group's and category's cell); the names add both, for a
    // screen reader moving from field to field.
    return html`<form
      class="item-form"
      part="item-form"
      novalidate
      @submit=${this.onItemSubmit}
      @keydown=${this.onEditorKey}
    >
      <p class="field">
        <label for="${id}-text">${s.amItemField}</label>
        <input
          id="${id}-text"
          class="input"
          name="text"
          aria-label=${s.amItemTextOf(group.label, label)}
          autocomplete="off"
          list="suggestions-${category}"
          .value=${item?.text ?? ''}
          aria-describedby="${id}-hint${this.textMissing ? ` ${id}-error` : ''}"
          aria-invalid=${this.textMissing ? 'true' : 'false'}
        />
        <span id="${id}-hint" class="hint">${s.amSuggestionsHint}</span>
        ${this.textMissing ? html`<span id="${id}-error" class="field-error">${s.amItemTextRequired}</span>` : nothing}
      </p>
      <fieldset class="intensity-choice" aria-label=${s.amIntensityLegend(group.label, label)}>
        <legend>${s.amIntensityField}</legend>
        ${model.intensity.levels.map(
          (l) =>
            html`<label class="choice">
              <input type="radio" name="intensity" .value=${String(l.value)} ?checked=${l.value === current} />
              ${l.label}
            </label>`,
        )}
      </fieldset>
      <p class="field">
        <label for="${id}-note">${s.amNoteField}</label>
        <input
          id="${id}-note"
          class="input"
          name="note"
          autocomplete="off"
          aria-label=${s.amNoteOf(group.label, label)}
          .value=${item?.note ?? ''}
        />
      </p>
      <p class="inline-actions">
        <button type="submit" class="button button--primary" part="button button--primary">
          ${item ? s.amSave : s.amAddItem}
        </button>
        <button type="button" class="button" part="button" @click=${() => this.closeEditor()}>${s.cancel}</button>
      </p>
    </form>`;
  }

  private renderMeansTable(model: AtpConfig, analysis: AtpAnalysis, s: Strings, caption: string): TemplateResult {
    return html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
      <table class="means">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${s.amGroupColumn}</th>
            ${ATP_CATEGORIES.map((c) => html`<th scope="col" class="number">${model.categories[c].label}</th>`)}
            <th scope="col" class="number">${s.amTrust}</th>
          </tr>
        </thead>
        <tbody>
          ${analysis.groups.map(
            (g) =>
              html`<tr>
                <th scope="row">${g.label}</th>
                ${ATP_CATEGORIES.map((c) => html`<td class="number">${this.number(g.means[c])}</td>`)}
                <td class="number">${g.trust === null ? '—' : this.number(g.trust)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderPostures(model: AtpConfig, analysis: AtpAnalysis, s: Strings): TemplateResult {
    return html`
      <h3>${s.amPosturesHeading}</h3>
      <ul class="posture-cards">
        ${analysis.groups.map(
          (g) =>
            html`<li class="posture-card">
              <h4>${g.label}</h4>
              <p>
                <span class="posture posture--${g.posture}" part="posture posture--${g.posture}"
                  >${this.postureText(g)}</span
                >
              </p>
              <p class="explanation">${g.explanation}</p>
              <p class="levers-title">${s.amLevers}</p>
              ${
                g.levers.length
                  ? html`<ul class="levers">
                      ${g.levers.map((l) => html`<li>${l}</li>`)}
                    </ul>`
                  : html`<p class="muted">${s.amNoLevers}</p>`
              }
            </li>`,
        )}
      </ul>
      ${
        this.chartFailed
          ? html`<p class="notice">${s.amChartUnavailable}</p>`
          : html`<figure class="chart" part="chart">
              <div class="chart-box">
                <canvas class="postures-chart" role="img" aria-label=${s.amChartLabel}></canvas>
              </div>
              ${ATP_CATEGORIES.map((c) => html`<span class="swatch swatch--${c} chart-color" aria-hidden="true"></span>`)}
              <span class="chart-text" aria-hidden="true"></span><span class="chart-grid" aria-hidden="true"></span>
            </figure>`
      }
      ${this.renderMeansTable(model, analysis, s, s.amMeansCaption)}
    `;
  }

  private renderPlans(model: AtpConfig, s: Strings): TemplateResult {
    const plans = this.plans();
    if (!plans) return html``;
    return html`
      <h3>${s.amPlansHeading}</h3>
      ${ATP_CATEGORIES.map((category) => {
        const plan = model.categories[category].plan;
        const entries = plans[PLAN_OF[category]];
        return html`<section class="plan plan--${category}" part="plan" aria-labelledby="plan-${category}">
          <h4 id="plan-${category}">${plan.title}</h4>
          ${plan.description ? html`<p class="help">${plan.description}</p>` : nothing}
          ${
            entries.length
              ? html`<div class="table-scroll">
                  <table>
                    <caption class="visually-hidden">
                      ${plan.title}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">${s.amColumnItem}</th>
                        <th scope="col">${s.amColumnGroups}</th>
                        <th scope="col">${s.amColumnIntensity}</th>
                        <th scope="col">${s.amColumnAction}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${entries.map(
                        (e) =>
                          html`<tr>
                            <th scope="row">${e.text}</th>
                            <td>${e.groups.map((g) => g.label).join(', ')}</td>
                            <td class="nowrap">${this.intensityLabel(e.intensity)}</td>
                            <td>${e.action}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
              : html`<p class="notice">${s.amPlanEmpty}</p>`
          }
        </section>`;
      })}
    `;
  }

  private renderSynthesis(model: AtpConfig, s: Strings): TemplateResult {
    const synthesis = this.synthesis();
    if (!synthesis) return html``;
    const { merged, problems, analysis } = synthesis;
    const total = merged.participants;
    return html`<section class="synthesis" part="synthesis" aria-labelledby="synthesis-heading">
      <h3 id="synthesis-heading">${s.amSynthesisHeading(total)}</h3>
      ${
        problems.length
          ? html`<div class="warning" role="alert">${problems.map((p) => html`<p>${p}</p>`)}</div>`
          : nothing
      }
      <div class="grid-scroll">
        <table class="grid">
          <caption>
            ${s.amSynthesisCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="group-column">${s.amGroupColumn}</th>
              <th scope="col" class="posture-column">${s.amPostureColumn}</th>
              ${ATP_CATEGORIES.map((c) => html`<th scope="col">${model.categories[c].label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${merged.groups.map((group) => {
              const g = analysis.groups.find((a) => a.id === group.id);
              return html`<tr>
                <th scope="row" class="group-header"><span class="group-name">${group.label}</span></th>
                <td class="group">
                  <span class="cell-label" aria-hidden="true">${s.amPostureColumn}</span>
                  ${g ? this.renderPosture(g, s) : nothing}
                </td>
                ${ATP_CATEGORIES.map(
                  (category) =>
                    html`<td class="cell cell--${category}">
                      <span class="cell-label" aria-hidden="true">${model.categories[category].label}</span>
                      ${
                        group.cells[category].length
                          ? html`<ul class="items">
                              ${group.cells[category].map(
                                (item) =>
                                  html`<li class="item" part="item">
                                    <span class="item-text">${item.text}</span>
                                    <span class="muted"
                                      >${s.amCitedBy(item.citedBy, total)} · ${s.amMean(this.number(item.mean))}</span
                                    >
                                    ${
                                      item.divergent
                                        ? html`<span class="divergence" part="divergence">
                                            <span aria-hidden="true">⚠ </span
                                            >${s.amDivergent(this.number(item.min), this.number(item.max))}
                                          </span>`
                                        : nothing
                                    }
                                  </li>`,
                              )}
                            </ul>`
                          : html`<p class="empty">${s.amEmptyCell}</p>`
                      }
                    </td>`,
                )}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderRemoveGroupDialog(s: Strings): TemplateResult {
    const group = this.removingGroup;
    return html`<dialog class="remove-group" part="dialog" aria-labelledby="remove-group-title">
      <form method="dialog" @submit=${this.onRemoveGroupDialog}>
        <h2 id="remove-group-title">${group ? s.amRemoveGroupTitle(group.label) : ''}</h2>
        <p>${group ? s.amRemoveGroupText(group.items.length) : ''}</p>
        <p class="actions">
          <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
          <button type="submit" class="button button--danger" part="button" value="remove">
            ${s.amRemoveGroupConfirm}
          </button>
        </p>
      </form>
    </dialog>`;
  }
}

interface SynthesisResult {
  merged: AtpSynthesis;
  problems: string[];
  analysis: AtpAnalysis;
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-atp-matrix': CoopAtpMatrix;
  }
}
