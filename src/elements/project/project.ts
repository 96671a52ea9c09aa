import { ContextProvider } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  ID_PATTERN,
  createMemoryStorage,
  PROJECT_FORMAT,
  namespacedStorage,
  type ProjectDocument,
  type StorageAdapter,
} from '../../core/runtime.js';
import { controlStyles } from '../shared/controls.styles.js';
import { LIBRARY_VERSION } from '../shared/define.js';
import { errorPanelStyles } from '../shared/error-panel.js';
import { Announcer } from '../shared/feedback.js';
import { LocaleController } from '../shared/locale-controller.js';
import { defaultStorage } from '../shared/storage.js';
import { tokens, utilities } from '../shared/tokens.js';
import { ProjectHub } from '../shared/project-hub.js';
import { projectContext, type ProjectLink } from '../shared/project-link.js';
import type { CoopReport, CoopStringOverrides } from '../../core/index.js';
import type { CoopReportOptions } from '../report/report.js';
import { ProjectToolbar } from './toolbar-controller.js';
import type { WorkshopController } from './workshop-controller.js';

/**
 * One cooperation project shared by the widgets inside it: the same storage (namespaced by the project's id),
 * language and string overrides; the ATP grid's stakeholder groups offered in the checklist's register (and a
 * group named there added to the grid); links between the widgets (the grid's completeness and plans under
 * the principles that ask for them, the questionnaire's section scores under their principles, the principles
 * under the questionnaire's recommendations), each moving focus to the item it names; and the whole project as
 * one versioned JSON file to export and import; and the cooperation report of the whole project, printed or
 * downloaded as a self-contained HTML file or as JSON (its code loads on first use). A widget outside any
 * <coop-project> works alone.
 *
 * Tags may be registered in any order: a widget that connects before its provider is defined starts alone,
 * then joins its project (storage, groups, links) when the provider arrives.
 *
 * @tagname coop-project
 * @summary A cooperation project: shared storage, groups, language and links for the widgets inside it.
 *
 * @slot - The project's widgets, and any page content between them.
 *
 * @fires {CoopProjectImportEvent} coop-project-import - A project was imported (a file or `setProject()`). `detail: { projectId, parts }`.
 * @fires {CoopStorageErrorEvent} coop-storage-error - Workshop mode: the link's token was refused (`denied`) or the server did not answer (`unavailable`).
 *
 * @csspart toolbar - The export and import buttons, and the report's.
 * @csspart button - Each button.
 * @csspart error - The panel that lists the problems of a file that could not be imported (or that its storage refused); in workshop mode, also `workshop error`, the panel that says why the link did not work.
 * @csspart error-item - One problem in the import panel (its message, and its JSON path for developers).
 * @csspart dialog - The confirmation asked before an imported file replaces the project, or before a workshop's access changes.
 * @csspart warning - The import's code could not be loaded (the network dropped): said, with "Try again".
 * @csspart workshop - Workshop mode: the connection's state, the join form, the participant's status line or the facilitator's view.
 * @csspart join - Workshop mode: the participant's join form.
 * @csspart participants - Workshop mode: the facilitator's table of participants and how far each has got.
 * @csspart workshop-access - Workshop mode: the facilitator's access panel (renew the invitation, the new link, outcomes).
 * @csspart workshop-outputs - Workshop mode: the collective outputs (postures, plans, register) in the facilitator's view.
 *
 * @cssprop [--coop-color-accent=#000091] - Buttons.
 * @cssprop [--coop-color-text=#161616] - Text colour of the toolbar, the panels and the dialog.
 * @cssprop [--coop-color-muted=#3a3a3a] - Secondary text.
 * @cssprop [--coop-color-surface=#ffffff] - Background of buttons and the dialog.
 * @cssprop [--coop-color-border=#929292] - Borders.
 * @cssprop [--coop-color-error=#ce0500] - The import error panel.
 * @cssprop [--coop-color-error-surface=#ffe9e9] - Background of the import error panel.
 * @cssprop [--coop-color-focus=#0a76f6] - Focus ring.
 * @cssprop [--coop-font-family=inherit] - Font of the toolbar, the panels and the dialog.
 * @cssprop [--coop-font-family-mono=ui-monospace, monospace] - Font of the JSON paths in the import error panel.
 * @cssprop [--coop-radius=0.25rem] - Corner radius.
 * @cssprop [--coop-space=1rem] - Base spacing.
 */

export class CoopProject extends LitElement {
  static override styles = [
    tokens,
    utilities,
    errorPanelStyles,
    controlStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin-block: var(--_space);
      }
      .toolbar-label {
        font-weight: 700;
        margin-inline-end: 0.5rem;
      }
      input[type='file'] {
        display: none;
      }
      .import-error,
      .import-unloaded {
        margin-block-end: var(--_space);
      }
      .report-frame {
        position: fixed;
        inline-size: 0;
        block-size: 0;
        border: 0;
      }
    `,
  ];

  /** The project's id: its data is stored apart from any other project's on the same site. */
  @property({ attribute: 'project-id', reflect: true })
  projectId = 'default';

  /** Language of the project's widgets (`fr` or `en`), unless a widget sets its own. */
  @property({ reflect: true })
  locale?: string;

  /** String overrides for every widget of the project (a widget's own `strings` win), and for its report. */
  @property({ attribute: false })
  strings?: CoopStringOverrides;

  /** Where the project is stored (namespaced by `project-id`). Default: this browser's localStorage. */
  @property({ attribute: false })
  storage?: StorageAdapter;

  /**
   * Workshop mode (docs/workshop.md): the URL of coop-widgets-server, the workshop's id and the link's token
   * (`applyWorkshopLink()` reads them from a link's `#…`). The project's storage is then the server's.
   */
  @property() server?: string;
  @property() workshop?: string;
  @property() token?: string;

  /** Hides the export and import buttons (a host that offers its own calls `getProject()`/`setProject()`). */
  @property({ type: Boolean, attribute: 'no-toolbar' })
  noToolbar = false;

  /** The project's name, on its report and in its file (an imported file's title replaces it). */
  @property({ attribute: 'project-title' })
  projectTitle?: string;

  /** What the toolbar's reports add to the project: the previous report, the partners, participants per group. */
  @property({ attribute: false })
  reportOptions?: CoopReportOptions;

  /** The hub the widgets meet on; one per provider, for its whole life. */
  readonly hub = new ProjectHub();
  private readonly i18n = new LocaleController(this);
  private readonly announcer = new Announcer(this);
  private readonly provider = new ContextProvider(this, { context: projectContext });
  private readonly toolbar = new ProjectToolbar(this, {
    strings: () => this.i18n.strings,
    parseOptions: () => ({ locale: this.i18n.locale, strings: this.strings }),
    apply: (project) => this.apply(project),
    report: async (action) => (await import('../report/report.js')).runReportAction(this, this.i18n.locale, action),
    announce: (message) => this.announcer.announce(message),
  });
  private defaultAdapter?: StorageAdapter;
  private workshopMode?: WorkshopController;
  private get inWorkshop(): boolean {
    return Boolean(this.server && this.workshop && this.token);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The widgets inherit the language through `lang`, the way they follow a page's.
    if (changed.has('locale')) {
      if (this.locale) this.setAttribute('lang', this.locale);
      else if (changed.get('locale')) this.removeAttribute('lang');
    }
    if (changed.has('projectId') && !ID_PATTERN.test(this.projectId)) {
      console.warn(
        `coop-widgets: <coop-project> project-id="${this.projectId}" is not a valid id (letters, digits and - _ . :); its exported file will not import.`,
      );
    }
    if (this.inWorkshop && !this.workshopMode) {
      void import('./workshop-controller.js').then(({ WorkshopController }) => {
        this.workshopMode ??= new WorkshopController(this, {
          locale: () => this.i18n.locale,
          overrides: () => this.strings,
          announce: (m) => this.announcer.announce(m),
        });
      });
    }
    if (changed.has('projectId') || changed.has('strings') || changed.has('storage') || !this.provider.value) {
      // In workshop mode, nothing is stored until the server says who the token is (then `storage` is set).
      const base =
        this.storage ?? (this.inWorkshop ? createMemoryStorage() : (this.defaultAdapter ??= defaultStorage()));
      const previous = this.provider.value;
      // The same adapter while the storage stays the same: new strings must not make every widget reopen its
      // document (which drops what it could not write yet).
      const keep = previous && !changed.has('projectId') && !changed.has('storage');
      const link: ProjectLink = {
        id: this.projectId,
        strings: this.strings,
        storage: keep ? previous.storage : namespacedStorage(base, this.projectId),
        hub: this.hub,
      };
      this.provider.setValue(link);
    }
  }

  /** The whole project as one versioned document: each widget's data, the groups, and metadata. */
  getProject(): ProjectDocument {
    const state = this.hub.state;
    const doc: ProjectDocument = {
      format: PROJECT_FORMAT,
      id: this.projectId,
      exportedAt: new Date().toISOString(),
      library: LIBRARY_VERSION,
      groups: this.hub.groups,
    };
    if (this.projectTitle) doc.title = this.projectTitle;
    const q = state.questionnaire;
    if (q) doc.questionnaire = { configId: q.config.id, step: q.step, responses: q.responses };
    const atp = state['atp-matrix'];
    if (atp) doc.atp = { configId: atp.config.id, data: atp.data };
    const principles = state['principles-checklist'];
    if (principles) doc.principles = { configId: principles.config.id, data: principles.data };
    return JSON.parse(JSON.stringify(doc)) as ProjectDocument;
  }

  /**
   * Replaces the project's data with a project document (an object or JSON text). Each widget of the page
   * shows its part; a part whose widget is not on the page is stored for when it is. The promise rejects with
   * a TypeError that names the JSON paths when the document is not a valid project, changing nothing.
   */
  async setProject(input: ProjectDocument | string): Promise<void> {
    const { parseProjectDocument } = await import('./project-file.js');
    const parsed = parseProjectDocument(input as string | object, { locale: this.i18n.locale, strings: this.strings });
    if (!parsed.ok) {
      throw new TypeError(`Invalid project: ${parsed.issues.map((i) => `${i.path || '/'}: ${i.message}`).join('; ')}`);
    }
    await this.apply(parsed.project);
  }

  /** Puts a valid project in place (project-file.ts, already loaded with the parser). */
  private async apply(project: ProjectDocument): Promise<void> {
    const { applyProject } = await import('./project-file.js');
    await applyProject(this, this.provider.value?.storage, project);
  }

  /** The cooperation report of the project, in its language, as data (see docs/report.md). */
  async getReport(options = this.reportOptions): Promise<CoopReport> {
    return (await import('../report/report.js')).projectReport(this, this.i18n.locale, options);
  }

  /** The report as a self-contained HTML file: styles and chart inside, no script, nothing to load. */
  async getReportHtml(options = this.reportOptions): Promise<string> {
    return (await import('../report/report.js')).projectReportHtml(this, this.i18n.locale, options);
  }

  protected override render(): TemplateResult {
    return html`
      ${this.toolbar.render(this.noToolbar)} ${this.announcer.render()} ${this.toolbar.renderDialog()}
      ${this.workshopMode?.render() ?? nothing}
      <slot ?hidden=${this.inWorkshop && !this.workshopMode?.ready}></slot>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'coop-project': CoopProject;
  }
}
