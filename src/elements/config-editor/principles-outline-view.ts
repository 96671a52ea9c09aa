/**
 * The principles checklist's outline: its title, id and introduction, the promoter's commitment and threshold
 * (ours, not ANAP's), the principles (with the widgets and the questionnaire's sections each relates to), the
 * statuses (with what each means for the assessment) and the stakeholder groups. Built of list-view.ts's parts;
 * statuses and groups the config leaves out show the defaults the core fills in, and editing them writes them
 * in the JSON.
 */
import { html, type TemplateResult } from 'lit';
import {
  PRINCIPLE_WIDGETS,
  canChangeStatusKind,
  principlesGroupsList,
  principlesList,
  principlesStatusesList,
  setPrincipleRelation,
  valueAt,
  type PrinciplesConfig,
} from '../../core/index.js';
import { renderList, renderValue, type ListDef, type ListViewContext } from './list-view.js';

type Json = Record<string, unknown>;
const labelOf = (key: string) => (entry: unknown) => String((entry as Json | undefined)?.[key] ?? '');
const KINDS = ['not-started', 'in-progress', 'in-place'];

export function renderPrinciplesOutline(
  ctx: ListViewContext,
  defaults: Pick<PrinciplesConfig, 'statuses' | 'groups'>,
): TemplateResult {
  const s = ctx.strings;
  const principles: ListDef = {
    spec: principlesList,
    title: s.cePrinciples,
    noun: s.ceNounPrinciple,
    newText: s.ceNew,
    label: labelOf('text'),
    fields: () => [
      { key: 'text', label: s.ceFieldText, multiline: true },
      { key: 'number', label: s.ceFieldNumber, type: 'number' },
      { key: 'id', label: s.ceFieldId },
      { key: 'explanation', label: s.ceFieldExplanation, multiline: true },
      // Where else the method works on the principle: the checklist links to those widgets and sections.
      {
        key: 'relatesTo',
        name: 'relatesTo-widgets',
        label: s.ceRelatesWidgets,
        multiple: true,
        options: PRINCIPLE_WIDGETS.map((widget) => ({ value: widget, label: s.ceRelatesWidget(widget) })),
        read: (relatesTo) => valueAt(relatesTo, ['widgets']),
        write: (relatesTo, widgets) => setPrincipleRelation(relatesTo, 'widgets', widgets as string[]),
      },
      {
        key: 'relatesTo',
        name: 'relatesTo-sections',
        label: s.ceRelatesSections,
        idList: true,
        read: (relatesTo) => valueAt(relatesTo, ['sections']),
        write: (relatesTo, ids) => setPrincipleRelation(relatesTo, 'sections', ids as string[]),
      },
    ],
  };
  const statuses: ListDef = {
    spec: principlesStatusesList,
    seed: defaults.statuses,
    title: s.ceStatuses,
    noun: s.ceNounStatus,
    newText: s.ceNew,
    label: labelOf('label'),
    fields: (_entry, index, list) => {
      const locked = !canChangeStatusKind(list, index);
      return [
        { key: 'label', label: s.ceFieldLabel },
        { key: 'id', label: s.ceFieldId },
        {
          key: 'kind',
          label: s.ceFieldKind,
          options: KINDS.map((kind) => ({ value: kind, label: s.ceStatusKind(kind) })),
          disabled: locked,
          ...(locked ? { note: s.ceStatusKindLocked } : {}),
        },
        { key: 'description', label: s.ceFieldDescription, multiline: true },
      ];
    },
  };
  const groups: ListDef = {
    spec: principlesGroupsList,
    seed: defaults.groups,
    title: s.ceGroups,
    noun: s.ceNounGroup,
    newText: s.ceNew,
    label: labelOf('label'),
    fields: () => [
      { key: 'label', label: s.ceFieldLabel },
      { key: 'id', label: s.ceFieldId },
    ],
  };
  const given = (key: string) => valueAt(ctx.doc, [key]) !== undefined;
  return html`<div class="root-fields">
      ${renderValue(ctx, ['title'], s.ceFieldTitle)} ${renderValue(ctx, ['id'], s.ceFieldId)}
      ${renderValue(ctx, ['description'], s.ceFieldDescription, { multiline: true, optional: true })}
    </div>
    <fieldset class="column">
      <legend>${s.cePrerequisite}</legend>
      ${renderValue(ctx, ['prerequisite', 'text'], s.ceFieldText, { multiline: true })}
      ${renderValue(ctx, ['prerequisite', 'explanation'], s.ceFieldExplanation, { multiline: true, optional: true })}
      ${renderValue(ctx, ['threshold'], s.cePromoterThreshold, {
        type: 'number',
        value: valueAt(ctx.doc, ['threshold']) ?? 60,
        note: s.cePromoterThresholdHint,
      })}
    </fieldset>
    <p class="hint">${s.ceMoveHint}</p>
    ${renderList(ctx, principles)}
    <details class="part">
      <summary>${s.ceStatuses}</summary>
      ${renderList(ctx, statuses, given('statuses') ? undefined : s.ceDefaultsShown)}
    </details>
    <details class="part">
      <summary>${s.ceGroups}</summary>
      ${renderList(ctx, groups, given('groups') ? undefined : s.ceDefaultsShown)}
    </details> `;
}
