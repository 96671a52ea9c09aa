/**
 * <coop-principles-checklist>'s parts loaded on first use (lazy-parts.ts) and what draws through them: the
 * register's dialogs, a row being edited, the links to the grid's items, the CSV writer and the register's actions;
 * and, only in a project, the links under the principles to the project's other widgets.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { Proposal, Strings } from '../../core/runtime.js';
import { LazyParts, renderPart } from '../shared/lazy-parts.js';
import { LazyStyles } from '../shared/lazy-styles.js';
import type { FocusRequest, ProjectHub } from '../shared/project-link.js';
import type { PrinciplesViewContext } from './principles-view.js';
import type { RegisterController } from './register-controller.js';
import type { GridItems } from './register-links-view.js';
import type { RegisterTableContext } from './register-table-view.js';

/**
 * The register's parts not drawn at first: its dialogs (reject with a reason, remove), loaded when the browser is
 * idle after the first paint, or when one is first asked for (the controller opens it once `updateComplete`, which
 * waits for it); its actions and a row's edit form, on first use; and, fetched right after the first paint, the
 * table of the proposals (a checklist starts with none; see `waitsForTable`), the grid items a proposal answers
 * with its evaluation (rows draw them once loaded) and the CSV writer.
 */
const loaders = {
  dialogs: () => import('./register-dialogs-view.js'),
  links: () => import('./register-links-view.js'),
  csv: () => import('./register-csv.js'),
  actions: () => import('./register-actions.js'),
  edit: () => import('./register-edit-view.js'),
  table: () => import('./register-table-view.js'),
};

export class ChecklistParts {
  readonly parts: LazyParts<typeof loaders>;
  /** The loader of what only a checklist in a project draws: its own, like the others' (a test holds or breaks it). */
  private readonly projectLoaders = { project: () => import('./project-links.js') };
  /**
   * What only a checklist in a project draws: the links under the principles to the other widgets (the grid's
   * analysis, the questionnaire's scores), and where a link of theirs lands here. Made when the checklist joins one, so that a checklist alone never
   * fetches it; fetched right after that, and drawn once loaded (nothing stands in for it meanwhile).
   */
  private project?: LazyParts<typeof this.projectLoaders>;

  constructor(private readonly host: ReactiveElement) {
    // Its own copy of the loaders: each checklist loads (or, in a test, holds) its parts on its own.
    this.parts = new LazyParts(host, { ...loaders }, ['table', 'links', 'csv']);
    // The styles of the table, of the links view (the grid items a proposal answers, its evaluation) and of a row
    // being edited, adopted when each loads.
    new LazyStyles(host, this.parts, ['table', 'links', 'edit']);
  }

  /** The checklist joined a project: its links to the other widgets are fetched now. */
  joinedProject(): void {
    if (this.project) return;
    this.project = new LazyParts(this.host, this.projectLoaders, ['project']);
    new LazyStyles(this.host, this.project, ['project']);
  }

  /** The links under each principle to the project's other widgets; `undefined` alone or while they load. */
  principleLinks(
    hub: ProjectHub | undefined,
    ctx: { locale: Parameters<typeof import('./project-links.js').projectLinks>[1]; s: Strings },
    percent: (value: number) => string,
  ): PrinciplesViewContext['links'] {
    const view = hub && this.project?.get('project');
    if (!hub || !view) return undefined;
    const links = {
      links: view.projectLinks(hub, ctx.locale),
      s: ctx.s,
      percent,
      focusWidget: (request: FocusRequest) => void hub.focus(request),
    };
    return (principle) => view.renderLinks(links, principle);
  }

  /**
   * A link of another widget of the project asks for a principle (or the principles' heading): focus moves there
   * after the next render (`schedule`), once this part is here (fetched as the checklist joined the project); when
   * it cannot be loaded, `failed` (the user may follow the link again).
   */
  showPrinciple(id: string | undefined, schedule: (focus: () => void) => void, failed: () => void): void {
    this.project?.use(
      'project',
      (view) => {
        schedule(() => view.showPrinciple(this.host.renderRoot, id));
        this.host.requestUpdate();
      },
      failed,
    );
  }

  /** The project's grid, whose items proposals answer, once the view that draws them is here; else `undefined`. */
  gridItems(hub: ProjectHub | undefined): GridItems | undefined {
    return this.parts.loaded('links')?.gridItems(hub);
  }

  private drawn = false;

  /**
   * Whether the widget's first drawing of its document waits for the register's table: when the document has
   * proposals and the table's view is still loading (its load starts now, if it had not), the widget stays in its
   * loading state, as while the document opens, and then shows everything at once. Only the first time: later,
   * and when the table cannot be loaded, the register shows its loading state or failure in its place.
   */
  waitsForTable(proposals: number): boolean {
    if (this.drawn) return false;
    if (proposals && !this.parts.get('table') && !this.parts.failed('table')) return true;
    this.drawn = true;
    return false;
  }

  /** The register's table once its view is here; meanwhile (or when it cannot be loaded) what says so. */
  renderTable(ctx: RegisterTableContext, rows: readonly Proposal[]): TemplateResult {
    return renderPart(this.parts, 'table', ctx.s, (view) => view.renderTable(ctx, rows));
  }

  /** The row being edited once its view is here; meanwhile (or when it cannot be loaded) a row that says so. */
  renderEditRow(ctx: RegisterTableContext, p: Proposal): TemplateResult {
    const view = this.parts.get('edit');
    if (view) return view.renderEditRow(ctx, p);
    return html`<tr data-id=${p.id} class="row row--editing">
      <td colspan="6">${renderPart(this.parts, 'edit', ctx.s, () => html``)}</td>
    </tr>`;
  }

  /** The reject and remove dialogs, once one is asked for (or their module is here). */
  renderDialogs(s: Strings, register: RegisterController): TemplateResult | typeof nothing {
    const { rejecting, removing } = register.state;
    const dialogs = rejecting || removing ? this.parts.get('dialogs') : this.parts.loaded('dialogs');
    if (!dialogs) return nothing;
    const ctx = { s, register: register.actionsHost };
    return html`${dialogs.renderRejectDialog(ctx)} ${dialogs.renderRemoveDialog(ctx)}`;
  }
}
