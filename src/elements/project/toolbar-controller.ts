/**
 * <coop-project>'s toolbar: the project exported as one file; a file imported (import-flow.ts: its problems listed
 * or, when it is valid, the replacement of the project confirmed first); the report printed or downloaded. The
 * import's code loads when the user first picks a file, the report's on its first use; either that cannot be
 * loaded is said, with "Try again".
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { serializeProject, type ProjectDocument, type ProjectParseOptions, type Strings } from '../../core/runtime.js';
import { downloadFile } from '../shared/feedback.js';
import { renderPartFailed } from '../shared/lazy-parts.js';
import type { ReportAction } from '../report/report.js';
import type { ImportFlow } from './import-flow.js';

/** How the import's code is fetched: replaced by tests to play a page that cannot load it. */
export const importFlowModule = { load: () => import('./import-flow.js') };

/** What the toolbar needs of <coop-project>. */
export interface ToolbarHost extends ReactiveControllerHost, HTMLElement {
  readonly projectId: string;
  getProject(): ProjectDocument;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface ProjectToolbarOptions {
  /** The project's strings, in its language, with its overrides. */
  strings(): Strings;
  /** The parser's options: the project's language and string overrides. */
  parseOptions(): ProjectParseOptions;
  /** Puts a valid project in place (rejects when its storage refuses a part). */
  apply(project: ProjectDocument): Promise<void>;
  /** Prints the report, or downloads it as HTML or JSON. */
  report(action: ReportAction): Promise<void>;
  announce(message: string): void;
}

export class ProjectToolbar {
  private reportError = '';
  /** The import, once its code has loaded. */
  private flow?: ImportFlow;
  /** A chosen file whose import's code could not be loaded: "Try again" imports it. */
  private unloaded?: File;

  constructor(
    private readonly host: ToolbarHost,
    private readonly options: ProjectToolbarOptions,
  ) {}

  private query<E extends Element>(selector: string): E | null {
    return this.host.renderRoot.querySelector<E>(selector);
  }

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private report = async (action: ReportAction): Promise<void> => {
    this.set(() => (this.reportError = ''));
    try {
      await this.options.report(action);
    } catch (error) {
      this.set(() => (this.reportError = this.options.strings().cpReportFailed(String(error))));
    }
  };

  private exportProject = (): void => {
    downloadFile(
      this.host.renderRoot,
      `${this.host.projectId}.coop-project.json`,
      'application/json',
      serializeProject(this.host.getProject()),
    );
  };

  private onFile = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (file) void this.importFile(file);
  };

  private async importFile(file: File): Promise<void> {
    this.set(() => (this.unloaded = undefined));
    if (!this.flow) {
      try {
        const { ImportFlow } = await importFlowModule.load();
        this.flow ??= new ImportFlow(this.host, this.options);
      } catch (error) {
        console.warn('coop-widgets: the project import could not be loaded:', error);
        this.set(() => (this.unloaded = file));
        await this.host.updateComplete;
        this.query<HTMLElement>('.import-unloaded .retry')?.focus();
        return;
      }
    }
    await this.flow.take(file);
  }

  /** The toolbar (unless `hidden`), then the report's failure and an import's problems, if any. */
  render(hidden: boolean): TemplateResult {
    const s = this.options.strings();
    return html`
      ${
        hidden
          ? nothing
          : html`<div class="toolbar" part="toolbar" role="group" aria-labelledby="toolbar-label">
              <span id="toolbar-label" class="toolbar-label">${s.cpToolbarLabel}</span>
              <button type="button" class="button" part="button" @click=${this.exportProject}>${s.cpExport}</button>
              <button
                type="button"
                class="button"
                part="button"
                @click=${() => this.query<HTMLInputElement>('input[type="file"]')?.click()}
              >
                ${s.cpImport}
              </button>
              <input
                type="file"
                accept="application/json,.json"
                tabindex="-1"
                aria-hidden="true"
                @change=${this.onFile}
              />
              <span role="group" class="toolbar" aria-labelledby="report-label">
                <span id="report-label" class="toolbar-label">${s.cpReport}</span>
                ${(['print', 'html', 'json'] as const).map(
                  (action) =>
                    html`<button type="button" class="button" part="button" @click=${() => this.report(action)}>
                      ${{ print: s.cpReportPrint, html: s.cpReportHtml, json: s.cpReportJson }[action]}
                    </button>`,
                )}
              </span>
            </div>`
      }
      ${this.reportError ? html`<p class="toolbar-label" role="alert">${this.reportError}</p>` : nothing}
      ${this.flow?.render(s)} ${this.unloaded ? this.renderUnloaded(s, this.unloaded) : nothing}
    `;
  }

  /** The import's code could not be loaded: said, with "Try again", which imports the same file. */
  private renderUnloaded(s: Strings, file: File): TemplateResult {
    return html`<div class="import-unloaded">${renderPartFailed(s, () => void this.importFile(file))}</div>`;
  }

  /** The confirmation asked before a valid file replaces the project (none before the import's code is here). */
  renderDialog(): TemplateResult | typeof nothing {
    return this.flow?.renderDialog(this.options.strings()) ?? nothing;
  }
}
