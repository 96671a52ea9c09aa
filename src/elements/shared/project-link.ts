/**
 * The one seam between the widgets and <coop-project>: what the provider hands every widget inside it (the
 * context and its ProjectLink) and the hub where the widgets meet (their states, group and focus requests,
 * and the typed events that carry them). Both sides import this module and nothing of each other.
 */
import { createContext } from '@lit/context';
import type {
  AtpConfig,
  AtpData,
  ItemLink,
  PrinciplesConfig,
  PrinciplesData,
  ProjectGroup,
  QuestionnaireConfig,
  QuestionnaireResult,
  QuestionnaireStep,
  Responses,
  StorageAdapter,
  CoopStringOverrides,
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

/**
 * What <coop-project> gives every widget inside it. A new object whenever one of its parts changes, so that
 * subscribed widgets update; a widget outside any provider gets `undefined` and works alone.
 */
export interface ProjectLink {
  /** The project's id (`project-id`). */
  readonly id: string;
  /** The project's string overrides; a widget's own `strings` win. */
  readonly strings?: CoopStringOverrides | undefined;
  /** The project's storage, namespaced by project id; a widget's own `storage` wins. */
  readonly storage: StorageAdapter;
  /** Where the widgets meet: shared groups, each other's state, focus requests. */
  readonly hub: ProjectHub;
}

export const projectContext = createContext<ProjectLink | undefined>(Symbol.for('coop-widgets.project'));

/**
 * The grid items the register's proposals answer (principle 5), read from the checklist's published data: each
 * proposal's `items` when it has links. The grid counts them with its own actions' when it says which items no
 * action answers yet.
 */
export function registerLinks(hub: ProjectHub): ItemLink[] {
  const proposals: readonly unknown[] = hub.state['principles-checklist']?.data.proposals ?? [];
  return proposals.flatMap((proposal) => {
    const items = (proposal as { items?: unknown }).items;
    return Array.isArray(items) ? items.filter(isItemLink) : [];
  });
}

function isItemLink(x: unknown): x is ItemLink {
  const link = x as Partial<ItemLink> | null;
  return typeof link?.group === 'string' && typeof link.item === 'string';
}
