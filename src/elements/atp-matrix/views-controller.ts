/**
 * Which view of <coop-atp-matrix> is shown: the views on offer (Synthesis only with two participants or more),
 * the user's moves between them — a tab, the arrow keys, a project's link — said by `coop-view-change`, and
 * focus following the arrow keys from tab to tab (roving tabindex).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { AtpData } from '../../core/runtime.js';
import { CoopViewChangeEvent } from '../events.js';
import type { AtpView } from './atp-matrix.js';

/** The element's properties the views depend on. */
export interface ViewsHost extends ReactiveElement {
  view: AtpView;
  participants?: AtpData[];
}

export class ViewsController implements ReactiveController {
  constructor(
    private readonly host: ViewsHost,
    /** Every view, in tab order. */
    private readonly all: readonly AtpView[],
    /** Runs `focus` after the next render (the element's one slot for focus moves). */
    private readonly focusAfterUpdate: (focus: () => void) => void,
  ) {
    host.addController(this);
  }

  /** A view that is not one of the widget's (a typo in the attribute) falls back to the grid, with a warning. */
  hostUpdate(): void {
    const { view } = this.host;
    if (this.all.includes(view)) return;
    console.warn(`coop-widgets: <coop-atp-matrix> view="${view}" is not one of ${this.all.join(', ')}.`);
    this.host.view = 'grid';
  }

  /** The view shown: the one asked for if it is on offer, else the grid. */
  shown(views: AtpView[] = this.available()): AtpView {
    return views.includes(this.host.view) ? this.host.view : 'grid';
  }

  /** The views on offer, in tab order. */
  available(): AtpView[] {
    return this.all.filter((v) => v !== 'synthesis' || (this.host.participants?.length ?? 0) >= 2);
  }

  /** The user moves to `view` (a tab, the arrow keys, a project's link): said by `coop-view-change`. */
  select(view: AtpView, focus = false): void {
    const previous = this.shown();
    this.host.view = view;
    if (view !== previous) this.host.dispatchEvent(new CoopViewChangeEvent({ view, previous }));
    if (focus) this.focusAfterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  onTabKey = (event: KeyboardEvent): void => {
    const views = this.available();
    // The view shown, not the one asked for: "synthesis" without participants shows the grid.
    const index = views.indexOf(this.shown(views));
    const to: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: views.length - 1,
    };
    const target = to[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = views[(target + views.length) % views.length];
    if (next) this.select(next, true);
  };
}
