/**
 * What differs from one kind of config to another in the editor: its outline (the questionnaire's nested one,
 * or the grid's and the checklist's lists) and its change report against the previous published version
 * (questionnaireChanges, atpChanges, principlesChanges), with what publishing needs to know of it.
 */
import { html, type TemplateResult } from 'lit';
import {
  atpChanges,
  atpGroupsList,
  canRemove,
  defaultPrinciplesConfig,
  principlesChanges,
  principlesList,
  questionnaireChanges,
  readConfigTag,
  type AtpChanges,
  type AtpConfig,
  type PrinciplesChanges,
  type QuestionnaireChanges,
  type PrinciplesConfig,
  type QuestionnaireConfig,
} from '../../core/index.js';
import { renderAtpOutline } from './atp-outline-view.js';
import { renderQuestionnaireReport } from './changes-view.js';
import { affectedBy, atpReport, principlesReport, renderDataReport } from './data-changes-view.js';
import type { DraftController } from './draft-controller.js';
import { KINDS, type EditorKind } from './kinds.js';
import type { ListEdits } from './list-edits.js';
import type { OutlineEdits } from './outline-edits.js';
import { renderOutline } from './outline-view.js';
import { renderPrinciplesOutline } from './principles-outline-view.js';
import type { ConfigEditorStrings, Locale } from '../../core/index.js';

export interface KindViewHost {
  readonly kind: EditorKind;
  readonly resolvedLocale: Locale;
  readonly draft: DraftController;
  readonly editorStrings: ConfigEditorStrings;
  readonly previous: string;
}

/** The change report of a kind, and what publishing needs to know of it. */
export interface KindReport {
  /** The core's report, for the publish event. */
  changes?: QuestionnaireChanges | AtpChanges | PrinciplesChanges;
  affectsData: boolean;
  versionMustChange: boolean;
  /** How many things the report names as affecting data (the confirmation's count). */
  affected: number;
  /** The confirmation's title and text when they are not the questionnaire's (about answers). */
  confirmTitle?: string;
  confirmText?: string;
  view: TemplateResult | undefined;
  previousIssues: number;
  previousRead: boolean;
}

export function renderKindOutline(host: KindViewHost, outline: OutlineEdits, lists: ListEdits): TemplateResult {
  const s = host.editorStrings;
  const ctx = { doc: host.draft.doc, strings: s, edits: lists };
  const stale = host.draft.readable ? html`` : html`<p class="notice" part="notice">${s.ceOutlineStale}</p>`;
  if (host.kind === 'atp') return html`<div class="outline" part="outline">${stale}${renderAtpOutline(ctx)}</div>`;
  if (host.kind === 'principles') {
    const parsed = host.draft.config as PrinciplesConfig | undefined;
    const defaults = parsed ?? defaultPrinciplesConfig(host.resolvedLocale);
    return html`<div class="outline" part="outline">${stale}${renderPrinciplesOutline(ctx, defaults)}</div>`;
  }
  return renderOutline({
    doc: host.draft.doc,
    strings: s,
    stale: !host.draft.readable,
    canRemove: (path) => canRemove(host.draft.doc, path),
    onField: outline.onField,
    onAdd: outline.onAdd,
    onDuplicate: outline.onDuplicate,
    onDelete: outline.onDelete,
    onMove: outline.onMove,
  });
}

const none = (previousIssues = 0, previousRead = false): KindReport => ({
  affectsData: false,
  versionMustChange: false,
  affected: 0,
  view: undefined,
  previousIssues,
  previousRead,
});

/** The previous version, parsed, and what the draft changes in it. */
export function kindReport(host: KindViewHost, outline: OutlineEdits, lists: ListEdits): KindReport {
  if (!host.previous.trim()) return none();
  const text = readConfigTag(host.previous) ?? host.previous;
  const parsed = KINDS[host.kind].parse(text, host.resolvedLocale);
  if (!parsed.ok) return none(parsed.issues.length);
  const next = host.draft.config;
  if (!next) return none(0, true);
  const s = host.editorStrings;
  if (host.kind === 'atp' || host.kind === 'principles') {
    const atp = host.kind === 'atp';
    const changes = atp
      ? atpChanges(parsed.config as AtpConfig, next as AtpConfig)
      : principlesChanges(parsed.config as PrinciplesConfig, next as PrinciplesConfig);
    // Keeping an id gives the old one back; what follows it differs: a group's items, a principle's state.
    const report = atp
      ? atpReport(s, changes as AtpChanges, (from, to) => lists.onKeepId(atpGroupsList, from, to, s.ceKeptGroup(from)))
      : principlesReport(s, changes as PrinciplesChanges, (from, to) =>
          lists.onKeepId(principlesList, from, to, s.ceKeptPrinciple(from)),
        );
    const affected = affectedBy(report);
    return {
      ...none(0, true),
      changes,
      affectsData: changes.affectsData,
      affected,
      confirmTitle: atp ? s.ceConfirmTitleGrids : s.ceConfirmTitleChecklists,
      confirmText: atp ? s.ceConfirmGrids(affected) : s.ceConfirmChecklists(affected),
      view: renderDataReport(s, report),
    };
  }
  const previous = parsed.config as QuestionnaireConfig;
  const changes = questionnaireChanges(previous, next as QuestionnaireConfig);
  const version = String((host.draft.doc as { version?: unknown } | undefined)?.version ?? '');
  return {
    ...none(0, true),
    changes,
    affectsData: changes.affectsData,
    versionMustChange: changes.versionMustChange,
    affected: changes.removed.length + changes.rescaled.length,
    view: renderQuestionnaireReport(
      { strings: s, version, previousVersion: previous.version, onKeep: outline.onKeep },
      changes,
    ),
  };
}
