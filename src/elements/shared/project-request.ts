/**
 * How a widget finds the <coop-project> it is in: the context protocol's request (`context-request`, which the
 * provider answers at once, and again whenever the project's link changes), sent when the widget connects; and,
 * when no provider answered, sent again when one arrives (`context-provider`): a page may register the widgets
 * before the provider (separate define modules, in any order). What @lit/context's consumer and context root
 * do, for this one context, without their general code in every page's first paint.
 */
import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { projectContext, type ProjectLink } from './project-link.js';

/** The connected widgets whose last request no provider answered: asked again when a provider arrives. */
const waiting = new Set<ProjectRequest>();
let listening = false;

/** A provider of the project's context connected (a late one among them): the widgets still waiting ask again. */
function providerArrived(event: Event): void {
  if ((event as Event & { context?: unknown }).context !== projectContext) return;
  for (const request of [...waiting]) request.send();
}

export class ProjectRequest implements ReactiveController {
  private unsubscribe?: (() => void) | undefined;

  /** `given`: the project's link, each time the provider gives one (the host keeps it, and updates). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly given: (link: ProjectLink | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!listening) {
      listening = true;
      document.addEventListener('context-provider', providerArrived);
    }
    this.send();
  }

  /** Gone from the page: no longer told of the project's changes (the last link stays, as Lit's consumer kept it). */
  hostDisconnected(): void {
    waiting.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Asks for the project; a provider above the widget answers before this returns, else the widget waits. */
  send(): void {
    waiting.add(this);
    const answer = (link: ProjectLink | undefined, unsubscribe?: () => void) => {
      waiting.delete(this);
      // Another provider answers (the widget moved): the previous one stops telling it of its changes.
      if (unsubscribe !== this.unsubscribe) this.unsubscribe?.();
      this.unsubscribe = unsubscribe;
      this.given(link);
    };
    this.host.dispatchEvent(new ContextEvent(projectContext, this.host, answer, true));
  }
}
