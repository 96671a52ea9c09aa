/**
 * The base of the checklist's controllers: state that re-renders its element when it changes (as a Lit
 * `@state` does), and a focus move run once after the next render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type StateHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

export abstract class StateController<State extends object> implements ReactiveController {
  private current: State;
  private focusNext?: (() => void) | undefined;

  constructor(
    protected readonly host: StateHost,
    initial: State,
  ) {
    this.current = initial;
    host.addController(this);
  }

  get state(): Readonly<State> {
    return this.current;
  }

  hostUpdated(): void {
    const focus = this.focusNext;
    this.focusNext = undefined;
    focus?.();
  }

  /** Changes the state; re-renders only if a value did change. */
  protected set(patch: Partial<State>): void {
    const next = { ...this.current, ...patch };
    if ((Object.keys(patch) as (keyof State)[]).every((key) => next[key] === this.current[key])) return;
    this.current = next;
    this.host.requestUpdate();
  }

  /** Moves focus once the next render has drawn what it needs (the last one asked for wins). */
  protected focusAfterUpdate(focus: () => void): void {
    this.focusNext = focus;
  }
}
