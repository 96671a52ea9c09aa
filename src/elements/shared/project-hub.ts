/**
 * The hub where the widgets of one project meet (see project-link.ts, the seam): made by <coop-project>, which
 * hands it to every widget inside it through the context. Its own module, so that a widget's page alone does not
 * carry the class: the widgets read it as a type.
 */
import type { ProjectGroup } from '../../core/runtime.js';
import type { FocusRequest, ProjectState, ProjectWidget } from './project-link.js';

/** Another widget's state changed, or it left the project. */
export class ProjectChangeEvent extends Event {
  constructor(readonly widget: ProjectWidget) {
    super('change');
  }
}

/** A group named elsewhere (a proposal "from another group" in the checklist) should exist in the grid. */
export class GroupRequestEvent extends Event {
  constructor(readonly label: string) {
    super('group-request');
  }
}

/** A widget should show an item and move focus to it. */
export class FocusRequestEvent extends Event {
  constructor(readonly request: FocusRequest) {
    super('focus-request');
  }
}

/** The hub's events by type, for typed listeners. */
export interface ProjectHubEventMap {
  change: ProjectChangeEvent;
  'group-request': GroupRequestEvent;
  'focus-request': FocusRequestEvent;
}

// Typed overloads of the inherited methods, as lib.dom does for HTMLElementEventMap: types only, no bytes.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ProjectHub {
  addEventListener<K extends keyof ProjectHubEventMap>(
    type: K,
    listener: (this: ProjectHub, event: ProjectHubEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof ProjectHubEventMap>(
    type: K,
    listener: (this: ProjectHub, event: ProjectHubEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
}

/**
 * Where the widgets of one project meet. Each widget publishes its state after every change and listens for
 * what concerns it: `change` (ProjectChangeEvent: another widget's state changed), `group-request`
 * (GroupRequestEvent: a group named elsewhere should exist in the grid), `focus-request` (FocusRequestEvent).
 * Plain events on a plain object: nothing here touches the page.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
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
    this.dispatchEvent(new ProjectChangeEvent(widget));
  }

  /** A widget leaves the page: its state is no longer the project's. */
  withdraw(widget: keyof ProjectState, element: HTMLElement): void {
    if (this.current[widget]?.element !== element) return;
    this.current = Object.fromEntries(Object.entries(this.current).filter(([name]) => name !== widget)) as ProjectState;
    this.dispatchEvent(new ProjectChangeEvent(widget));
  }

  /** Asks the grid for a group of this name (the register recorded a proposal from a group not listed). */
  requestGroup(label: string): void {
    this.dispatchEvent(new GroupRequestEvent(label));
  }

  /** Asks a widget to show an item and move focus to it. Returns false when that widget is not in the project. */
  focus(request: FocusRequest): boolean {
    if (!this.current[request.widget]) return false;
    this.dispatchEvent(new FocusRequestEvent(request));
    return true;
  }
}
