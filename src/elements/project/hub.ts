import type {
  AtpConfig,
  AtpData,
  PrinciplesConfig,
  PrinciplesData,
  ProjectGroup,
  QuestionnaireConfig,
  QuestionnaireResult,
  QuestionnaireStep,
  Responses,
} from '../../core/runtime.js';

/** The widgets a project links, by the name used in focus requests. */
export type ProjectWidget = 'questionnaire' | 'atp-matrix' | 'principles-checklist';

/** What each widget publishes of itself: its config and its current data. */
export interface ProjectState {
  questionnaire?: {
    element: HTMLElement;
    config: QuestionnaireConfig;
    responses: Responses;
    result: QuestionnaireResult;
    step: QuestionnaireStep;
  };
  'atp-matrix'?: { element: HTMLElement; config: AtpConfig; data: AtpData };
  'principles-checklist'?: { element: HTMLElement; config: PrinciplesConfig; data: PrinciplesData };
}

/** A request to move focus to a widget, and inside it to an item (a section, a group, a principle). */
export interface FocusRequest {
  widget: ProjectWidget;
  id?: string;
}

/**
 * Where the widgets of one project meet. Each widget publishes its state after every change and listens for
 * what concerns it: `change` (another widget's state changed), `group-request` (a group named elsewhere
 * should exist in the grid: `detail` is its label), `focus-request` (`detail` is a FocusRequest).
 * Plain events on a plain object: nothing here touches the page.
 */
export class ProjectHub extends EventTarget {
  private current: ProjectState = {};

  get state(): Readonly<ProjectState> {
    return this.current;
  }

  /** The groups of the ATP grid when there is one: the project's groups. */
  get groups(): ProjectGroup[] {
    return this.current['atp-matrix']?.data.groups.map(({ id, label }) => ({ id, label })) ?? [];
  }

  publish<K extends keyof ProjectState>(widget: K, state: ProjectState[K]): void {
    this.current = { ...this.current, [widget]: state };
    this.dispatchEvent(new CustomEvent('change', { detail: widget }));
  }

  /** A widget leaves the page: its state is no longer the project's. */
  withdraw(widget: keyof ProjectState, element: HTMLElement): void {
    if (this.current[widget]?.element !== element) return;
    this.current = Object.fromEntries(Object.entries(this.current).filter(([name]) => name !== widget)) as ProjectState;
    this.dispatchEvent(new CustomEvent('change', { detail: widget }));
  }

  /** Asks the grid for a group of this name (the register recorded a proposal from a group not listed). */
  requestGroup(label: string): void {
    this.dispatchEvent(new CustomEvent('group-request', { detail: label }));
  }

  /** Asks a widget to show an item and move focus to it. Returns false when that widget is not in the project. */
  focus(request: FocusRequest): boolean {
    if (!this.current[request.widget]) return false;
    this.dispatchEvent(new CustomEvent('focus-request', { detail: request }));
    return true;
  }
}
