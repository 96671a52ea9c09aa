/**
 * <coop-project>'s toolbar: the project exported as one file; a file imported, its problems listed or, when it is
 * valid, the replacement of the project confirmed first; the report printed or downloaded. The file's parser and
 * what puts an import in place load on the first import (project-file.ts), the report's code on its first use.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  serializeProject,
  type ConfigIssue,
  type ProjectDocument,
  type ProjectParseOptions,
  type Strings,
} from '../../core/runtime.js';
import { loadIssuesPanel } from '../shared/error-panel.js';
import { downloadFile } from '../shared/feedback.js';
import type { ReportAction } from '../report/report.js';

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
  private importIssues: ConfigIssue[] = [];
  /** The panel that lists them, loaded with the first file that cannot be imported (see loadIssuesPanel). */
  private issuesPanel?: Awaited<ReturnType<typeof loadIssuesPanel>>;
  private importedFile = '';
  /** A valid file waiting for the user's confirmation. */
  private pending?: { file: string; project: ProjectDocument };

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

  private onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    const [text, { parseProjectDocument }] = await Promise.all([file.text(), import('./project-file.js')]);
    const parsed = parseProjectDocument(text, this.options.parseOptions());
    if (!parsed.ok) {
      this.issuesPanel ??= await loadIssuesPanel().catch(() => undefined); // else the title alone
      this.set(() => {
        this.importedFile = file.name;
        this.importIssues = parsed.issues;
      });
      await this.host.updateComplete;
      this.query<HTMLElement>('.import-error [tabindex="-1"]')?.focus();
      return;
    }
    // Everything on the page will be replaced: asked first, like the widgets' own "erase".
    this.set(() => {
      this.importIssues = [];
      this.pending = { file: file.name, project: parsed.project };
    });
    await this.host.updateComplete;
    this.query<HTMLDialogElement>('dialog.replace')?.showModal();
  };

  private onReplace = async (event: SubmitEvent): Promise<void> => {
    const pending = this.pending;
    this.set(() => (this.pending = undefined));
    if ((event.submitter as HTMLButtonElement | null)?.value !== 'replace' || !pending) return;
    const s = this.options.strings();
    try {
      await this.options.apply(pending.project);
    } catch (error) {
      // The file was right but the project's storage refused part of it (full, denied): say so here.
      this.issuesPanel ??= await loadIssuesPanel().catch(() => undefined); // else the title alone
      const detail = error instanceof Error ? error.message : String(error);
      this.set(() => {
        this.importedFile = pending.file;
        this.importIssues = [{ path: '', code: 'invalid_input', message: s.widgetImportFailed(detail) }];
      });
      return;
    }
    this.options.announce(s.cpImported);
  };

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
      ${
        this.importIssues.length
          ? html`<div class="import-error">
              <p class="toolbar-label" tabindex="-1">${s.cpImportFailedTitle(this.importedFile)}</p>
              ${this.issuesPanel?.renderIssues(this.importIssues, s)}
            </div>`
          : nothing
      }
    `;
  }

  /** The confirmation asked before a valid file replaces the project. */
  renderDialog(): TemplateResult {
    const s = this.options.strings();
    return html`<dialog class="replace" part="dialog" aria-labelledby="replace-title">
      <form method="dialog" @submit=${this.onReplace}>
        <h2 id="replace-title">${s.cpReplaceTitle}</h2>
        <p>${this.pending ? s.cpReplaceText(this.pending.file) : ''}</p>
        <p class="actions">
          <button type="submit" class="button" part="button" value="cancel">${s.cancel}</button>
          <button type="submit" class="button button--danger" part="button" value="replace">
            ${s.cpReplaceConfirm}
          </button>
        </p>
      </form>
    </dialog>`;
  }
}
