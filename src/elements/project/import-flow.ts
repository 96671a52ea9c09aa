/**
 * <coop-project>'s import of a chosen file, loaded when the user first picks one (toolbar-controller.ts): the file
 * checked (project-file.ts), its problems listed or, when it is valid, the replacement of the project confirmed
 * first, then put in place. Its sentences come with it (src/core/catalogs/project-import.ts): a page that never
 * imports carries none of this.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { addProjectImportStrings } from '../../core/catalogs/project-import.js';
import type { ConfigIssue, ProjectDocument, Strings } from '../../core/runtime.js';
import { loadIssuesPanel } from '../shared/error-panel.js';
import { parseProjectDocument } from './project-file.js';
import type { ProjectToolbarOptions, ToolbarHost } from './toolbar-controller.js';

addProjectImportStrings();

export class ImportFlow {
  private issues: ConfigIssue[] = [];
  /** The panel that lists them, loaded with the first file that cannot be imported (see loadIssuesPanel). */
  private issuesPanel?: Awaited<ReturnType<typeof loadIssuesPanel>>;
  private file = '';
  /** A valid file waiting for the user's confirmation. */
  private pending?: { file: string; project: ProjectDocument };

  constructor(
    private readonly host: ToolbarHost,
    private readonly options: ProjectToolbarOptions,
  ) {}

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** Says why `file` cannot be imported, focus on the title (the panel lists the problems, when it could load). */
  private async refuse(file: string, issues: ConfigIssue[]): Promise<void> {
    this.issuesPanel ??= await loadIssuesPanel().catch(() => undefined); // else the title alone
    this.set(() => {
      this.file = file;
      this.issues = issues;
    });
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.import-error [tabindex="-1"]')?.focus();
  }

  /** One problem that is not the file's content: `message` words what went wrong (`detail`). */
  private failed(file: string, message: (detail: string) => string, error: unknown): Promise<void> {
    const detail = error instanceof Error ? error.message : String(error);
    return this.refuse(file, [{ path: '', code: 'invalid_input', message: message(detail) }]);
  }

  /** A chosen file: its problems said, or the replacement of the project asked first, like the widgets' "erase". */
  async take(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      // Gone or unreadable since it was picked (moved, a cloud file offline).
      return this.failed(file.name, this.options.strings().widgetImportFailed, error);
    }
    const parsed = parseProjectDocument(text, this.options.parseOptions());
    if (!parsed.ok) return this.refuse(file.name, parsed.issues);
    this.set(() => {
      this.issues = [];
      this.pending = { file: file.name, project: parsed.project };
    });
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.replace')?.showModal();
  }

  private onReplace = async (event: SubmitEvent): Promise<void> => {
    const pending = this.pending;
    this.set(() => (this.pending = undefined));
    if ((event.submitter as HTMLButtonElement | null)?.value !== 'replace' || !pending) return;
    const s = this.options.strings();
    try {
      await this.options.apply(pending.project);
    } catch (error) {
      // The file was right but the project's storage refused part of it (full, denied): say so here.
      return this.failed(pending.file, s.cpImportStorageRefused, error);
    }
    this.options.announce(s.cpImported);
  };

  /** Why the last file could not be imported, if it could not. */
  render(s: Strings): TemplateResult | typeof nothing {
    if (!this.issues.length) return nothing;
    return html`<div class="import-error">
      <p class="toolbar-label" tabindex="-1">${s.cpImportFailedTitle(this.file)}</p>
      ${this.issuesPanel?.renderIssues(this.issues, s, undefined, {
        title: s.cpImportProblems(this.issues.length),
        lead: s.cpImportUnchanged,
      })}
    </div>`;
  }

  /** The confirmation asked before a valid file replaces the project. */
  renderDialog(s: Strings): TemplateResult {
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
