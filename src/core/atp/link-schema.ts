/**
 * The shapes of principle 5's link (an action → the grid item it answers) and of an action's evaluation, apart
 * from links.ts so that the grid's own schema (its stored actions) can use them without an import cycle.
 */
import * as v from 'valibot';
import { id, text } from '../shared/schema.js';

export const ItemLinkSchema = v.strictObject({
  group: id('Id of the grid group the item belongs to.'),
  item: id('Id of the item within its group.'),
  text: v.optional(
    text(
      'The item’s wording when the link was made: names the item if it is later removed, finds it again after a merge.',
    ),
  ),
});

/** The effect seen once an action is carried out, on the items it answers. */
export const EVALUATION_EFFECTS = ['better', 'unchanged', 'worse'] as const;
export type EvaluationEffect = (typeof EVALUATION_EFFECTS)[number];

export const EvaluationSchema = v.strictObject({
  effect: v.pipe(
    v.picklist(EVALUATION_EFFECTS),
    v.description(
      'better (the attraction is served, the fear went down, the temptation is curbed), unchanged, or worse.',
    ),
  ),
  note: v.optional(v.pipe(v.string(), v.description('What was observed, in a few words.'))),
  date: v.optional(v.pipe(v.string(), v.isoDate(), v.description('When the result was assessed (YYYY-MM-DD).'))),
});

export type ItemLink = v.InferOutput<typeof ItemLinkSchema>;
export type Evaluation = v.InferOutput<typeof EvaluationSchema>;
