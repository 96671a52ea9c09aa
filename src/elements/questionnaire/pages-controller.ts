/**
 * Which section of the fill step is shown. Paged (the default): one section per page, with Continue / Back and the
 * summary as navigation; `layout="single"` keeps every section on one long page. Holds the current page and the
 * question "next unanswered" last led to (marked until the user answers elsewhere); it remembers nothing
 * between visits: the question the address names, or the first page, opens.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findQuestion, type QuestionnaireConfig } from '../../core/runtime.js';

/** How the fill step lays out its sections. */
export type QuestionnaireLayout = 'paged' | 'single';

/** The element: its `layout` attribute. */
export interface PagesHost extends ReactiveControllerHost {
  layout: QuestionnaireLayout;
}

export class PagesController implements ReactiveController {
  private index = 0;
  /** The question "next unanswered" led to, marked until another is answered or targeted. */
  target?: string;

  constructor(
    private readonly host: PagesHost,
    private readonly model: () => QuestionnaireConfig | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True when one section is shown at a time (any value but `single`). */
  get paged(): boolean {
    return this.host.layout !== 'single';
  }

  /** The section shown, within the questionnaire (it may have lost sections since). */
  get current(): number {
    const count = this.model()?.sections.length ?? 0;
    return Math.max(0, Math.min(this.index, count - 1));
  }

  /** Shows a section's page; true when that changed the page (the caller then waits for the render). */
  show(sectionIndex: number): boolean {
    if (!this.paged || sectionIndex === this.current) return false;
    this.index = sectionIndex;
    this.host.requestUpdate();
    return true;
  }

  /** Shows the page of the section with this id (a section's or a subsection's heading id, `h-<id>`). */
  showHeading(headingId: string): boolean {
    const model = this.model();
    const id = headingId.replace(/^h-/, '');
    const index = model?.sections.findIndex((s) => s.id === id || s.subsections.some((u) => u.id === id)) ?? -1;
    return index >= 0 && this.show(index);
  }

  /** Shows the page that holds a question. */
  showQuestion(questionId: string): boolean {
    const model = this.model();
    const ref = model && findQuestion(model, questionId);
    return ref ? this.show(ref.sectionIndex) : false;
  }

  /** Marks the question "next unanswered" led to (none: clears the mark). */
  mark(questionId: string | undefined): void {
    if (this.target === questionId) return;
    this.target = questionId;
    this.host.requestUpdate();
  }
}
