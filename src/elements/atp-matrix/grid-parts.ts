/**
 * <coop-atp-matrix>'s parts loaded on first use (lazy-parts.ts) and what is made and drawn through them: the views
 * after the grid (Postures and its chart, Plans and their controller, Synthesis, the participants' files), the
 * dialog asking before a group goes, and what a user reaches after a first action — the item form, what each edit
 * does to the data, the undo after a deletion, the CSV exports.
 */
import { nothing, type TemplateResult } from 'lit';
import type { AtpAnalysis, AtpCategory, AtpData, AtpGroup, AtpItem, Strings } from '../../core/runtime.js';
import type { AtpChangeAction } from '../events.js';
import { LazyParts, renderPart } from '../shared/lazy-parts.js';
import { LazyStyles } from '../shared/lazy-styles.js';
import type { AnalysisSource } from './analysis-memo.js';
import type { EditorController } from './editor-controller.js';
import type { GroupDialogEditing } from './group-dialog-view.js';
import type { ItemFormContext } from './item-form-view.js';
import type { ParticipantsController, ParticipantsHost } from './participants-controller.js';
import type { PlansController } from './plans-controller.js';
import type { SynthesisMemo } from './synthesis-compute.js';
import type { SynthesisResult } from './synthesis-view.js';
import type { UndoController, UndoOffer } from './undo-controller.js';

/**
 * The views after the grid, loaded when first shown and prefetched when the browser is idle; the item form, the
 * edits, the undo and the CSV exports, fetched right after the first paint.
 */
const loaders = {
  postures: () => import('./postures-view.js'),
  plans: () => import('./plans-view.js'),
  participants: () => import('./participants-view.js'),
  synthesis: () => import('./synthesis-view.js'),
  // The dialog asking before a group with items goes: drawn once asked for (the controller opens it once
  // `updateComplete`, which waits for it) or once prefetched.
  groupDialog: () => import('./group-dialog-view.js'),
  // The item form, drawn once a user opens it; fetched right after the first paint, so that it opens at once.
  itemForm: () => import('./item-form-view.js'),
  // The CSV exports with the plans' builder they need, what each edit of the grid does to the data, the undo.
  exports: () => import('./exports.js'),
  edits: () => import('./grid-edits.js'),
  undo: () => import('./undo-controller.js'),
};

type Loaders = typeof loaders;
export type AtpParts = LazyParts<Loaders>;
export type AtpPartName = keyof Loaders;
export type AtpPart<K extends AtpPartName> = Awaited<ReturnType<Loaders[K]>>;

/** What the parts read of the element. */
export interface GridPartsSource extends AnalysisSource {
  readonly: () => boolean;
  focusAfterUpdate: (focus: () => void) => void;
  announce: (message: string) => void;
  /** Commits `data`, fires `coop-atp-change` and announces `message` (and a change of posture). */
  change: (data: AtpData, action: AtpChangeAction, groupId: string, itemId?: string, message?: string) => void;
  /** The analysis while the Postures view is shown (its chart draws it), else `undefined`. */
  shownAnalysis: () => AtpAnalysis | undefined;
  categoryLabel: (category: AtpCategory) => string;
  /** The names the host gave the participants' grids. */
  participantNames: () => string[] | undefined;
}

export class GridParts {
  readonly parts: AtpParts;
  /** Made when their modules load (after the first paint): the undo, the participants' files, the plans' actions. */
  private undo?: UndoController;
  private participantFiles?: ParticipantsController;
  private planning?: PlansController;
  /** The Postures view's chart: made with the view's module, the first time it is shown (chart.js comes later). */
  private chart?: ReturnType<typeof import('./postures-chart.js').posturesChart>;
  /** Made with the Synthesis view's module. */
  private synthesisMemo?: SynthesisMemo;

  constructor(
    private readonly host: ParticipantsHost,
    private readonly source: GridPartsSource,
  ) {
    // Its own copy of the loaders: each grid loads (or, in a test, holds) its parts on its own.
    this.parts = new LazyParts(host, { ...loaders }, ['itemForm', 'edits', 'undo', 'exports']);
    new LazyStyles(host, this.parts, ['itemForm', 'undo', 'postures', 'plans', 'participants', 'synthesis']);
  }

  /** What every controller made here reads of the element. */
  private get common() {
    const { data, readonly, strings, focusAfterUpdate, announce } = this.source;
    return { data, readonly, strings, focusAfterUpdate, announce };
  }

  /** Runs `run` with a part's module (LazyParts.use: at once when it is here); says so when it cannot load. */
  use<K extends AtpPartName>(name: K, run: (m: AtpPart<K>) => void): void {
    this.parts.use(name, run, () => this.source.announce(this.source.strings().widgetPartFailed));
  }

  /** A deletion happened: the undo controller (made with its module) offers to undo it. */
  offerUndo(offer: UndoOffer): void {
    this.use('undo', (m) => {
      this.undo ??= new m.UndoController(this.host, { ...this.common, change: this.source.change });
      this.undo.offerUndo(offer);
    });
  }

  participantsOf = (m: AtpPart<'participants'>): ParticipantsController =>
    (this.participantFiles ??= new m.ParticipantsController(this.host, {
      ...this.common,
      locale: this.source.locale,
      overrides: this.source.overrides,
    }));

  planningOf = (m: AtpPart<'plans'>): PlansController =>
    (this.planning ??= new m.PlansController(this.host, {
      ...this.common,
      changeAction: (data, action, actionId, message) => this.source.change(data, action, '', actionId, message),
      offerUndo: (offer) => this.offerUndo(offer),
      today: () => new Date().toISOString().slice(0, 10),
    }));

  /** Whether the postures chart could not be drawn; the chart is made with the view's module. */
  chartFailed = (m: AtpPart<'postures'>): boolean =>
    (this.chart ??= m.posturesChart(this.host, {
      model: this.source.model,
      analysis: this.source.shownAnalysis,
      categoryLabel: this.source.categoryLabel,
    })).failed;

  /** The participants' common grid, computed with the Synthesis view's module. */
  synthesis = (m: AtpPart<'synthesis'>): SynthesisResult | undefined =>
    (this.synthesisMemo ??= new m.SynthesisMemo(this.source)).synthesis();

  /** Before the participants' module loads, the names the host gave (the view numbers the others). */
  participantNames = (): string[] => this.participantFiles?.names() ?? this.source.participantNames() ?? [];

  renderUndo(s: Strings): TemplateResult | typeof nothing {
    return this.undo?.render(s) ?? nothing;
  }

  renderParticipants(s: Strings): TemplateResult {
    return renderPart(this.parts, 'participants', s, (m) =>
      m.renderParticipants({ s, participants: this.participantsOf(m) }),
    );
  }

  /**
   * The item form once its module is here; meanwhile the loading state, and when it cannot be loaded a warning whose
   * "Try again" opens the form again (focus then goes to it).
   */
  renderItemForm(
    ctx: ItemFormContext & { editing: EditorController },
    group: AtpGroup,
    category: AtpCategory,
    item?: AtpItem,
  ): TemplateResult {
    const { s, editing } = ctx;
    const reopen = () => editing.openEditor({ groupId: group.id, category, ...(item ? { itemId: item.id } : {}) });
    return renderPart(this.parts, 'itemForm', s, (form) => form.renderItemForm(ctx, group, category, item), reopen);
  }

  /** The dialog asking before a group with items goes, once one is asked about (or its module is here). */
  renderGroupDialog(s: Strings, editing: GroupDialogEditing): TemplateResult | typeof nothing {
    const dialog = editing.state.removingGroup ? this.parts.get('groupDialog') : this.parts.loaded('groupDialog');
    return dialog ? dialog.renderRemoveGroupDialog({ s, editing }) : nothing;
  }
}
