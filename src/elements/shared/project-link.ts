/**
 * The one seam between the widgets and <coop-project>: what the provider hands every widget inside it (the
 * context and its ProjectLink) and what the widgets publish there (their states, group and focus requests). The
 * hub where they meet, with the typed events that carry them, is project-hub.ts: the provider makes it, so only
 * its page carries the class. Both sides import these modules and nothing of each other.
 */
import { createContext } from '@lit/context';
import type {
  AtpConfig,
  AtpData,
  ItemLink,
  PrinciplesConfig,
  PrinciplesData,
  QuestionnaireConfig,
  QuestionnaireResult,
  QuestionnaireStep,
  Responses,
  StorageAdapter,
  CoopStringOverrides,
} from '../../core/runtime.js';
import type { ProjectHub } from './project-hub.js';

// The hub's class is the provider's (project-hub.ts): a widget reads it through the context, as a type only.
export type { ProjectHub, ProjectHubEventMap } from './project-hub.js';

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
