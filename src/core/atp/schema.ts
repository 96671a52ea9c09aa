/**
 * The single source of truth for the ATP grid's JSON (attractions, fears, temptations of each stakeholder
 * group): the TypeScript types, the runtime validation (parse.ts) and the published JSON Schema all come
 * from these Valibot definitions. Shape only: the rules that need the whole config (unique group ids,
 * scales from 0 and increasing, thresholds inside their scale…) are in semantic.ts. Objects are strict, so
 * a content editor's typo is reported rather than ignored.
 */
import * as v from 'valibot';
import { id, source, text } from '../shared/schema.js';
import { EvaluationSchema, ItemLinkSchema } from './link-schema.js';

/** The newest ATP config format this library reads. */
export const ATP_SCHEMA_VERSION = 1;

/** The three feelings of the grid, in the method's order. */
export const ATP_CATEGORIES = ['attractions', 'fears', 'temptations'] as const;
export type AtpCategory = (typeof ATP_CATEGORIES)[number];

const finite = v.pipe(v.number(), v.finite());
const textList = (what: string) => v.pipe(v.array(text('One line.')), v.description(what));

export const AtpPlanSchema = v.strictObject({
  title: text('Name of the plan this column feeds, e.g. "Plan de gestion des risques".'),
  description: v.optional(text('What the plan is for, in one or two sentences.')),
});

export const AtpCategoryDefSchema = v.strictObject({
  label: text('Column heading, e.g. "Attraits".'),
  description: text('What to write in this column, shown as help to the participants.'),
  plan: v.pipe(AtpPlanSchema, v.description('The plan that the items of this column turn into.')),
  suggestions: v.optional(textList('Examples offered to the participants (they may write their own).'), []),
  suggestionSources: v.optional(
    v.pipe(
      v.record(v.string(), v.pipe(v.string(), v.minLength(1))),
      v.description(
        'The suggestions quoted word for word, and from where: each key is the exact text of one of the suggestions, its value the source, e.g. "anap-2019" (ANAP’s 2019 presentation; on an English text, translated from that quotation). A key that matches no suggestion marks nothing. Never shown to users.',
      ),
    ),
  ),
});

export const AtpGroupDefSchema = v.strictObject({
  id: id('Stable opaque identifier of the stakeholder group; grids and syntheses match groups by it.'),
  label: text('Name of the group, e.g. "Cadres intermédiaires".'),
  description: v.optional(text('Who belongs to the group.')),
  source: source(
    'Where the label is quoted from word for word, e.g. "anap-2019" (ANAP’s 2019 presentation); on an English text, it is translated from that quotation. Never shown to users.',
  ),
});

export const AtpLevelSchema = v.strictObject({
  value: v.pipe(finite, v.integer(), v.minValue(0), v.description('Whole number; the first level is 0.')),
  label: text('What the participant reads, e.g. "Forte".'),
  description: v.optional(text('A longer explanation of the level.')),
});

const scale = (what: string) =>
  v.pipe(
    v.strictObject({
      levels: v.pipe(
        v.array(AtpLevelSchema),
        v.description('At least two levels, from 0 up, each value above the previous one.'),
      ),
    }),
    v.description(what),
  );

export const AtpScaleSchema = scale('A scale of levels.');

const threshold = (what: string, fallback: number) =>
  v.optional(v.pipe(finite, v.minValue(0), v.description(what)), fallback);

export const AtpPostureThresholdsSchema = v.strictObject({
  undeterminedBelow: threshold('A group whose strongest mean intensity is below this is undetermined (default 1).', 1),
  heldBackFrom: threshold('An opportunist group is held back when its fears reach this mean (default 2).', 2),
  recoverableFrom: threshold(
    'An individualist group is recoverable when its attractions reach this mean (default 2).',
    2,
  ),
  stableTrustFrom: threshold('A cooperative group is stable when its trust reaches this level (default 2).', 2),
});

const levers = (what: string) => textList(what);

export const AtpLeversSchema = v.strictObject({
  cooperative: v.strictObject({
    stable: levers('What to do with a group pushed by attractions and stabilised by trust.'),
    fragile: levers('What to do with a group pushed by attractions whose trust is still low.'),
  }),
  opportunist: v.strictObject({
    'held-back': levers('What to do with a group tempted to transgress, whose fears still hold it back.'),
    'not-held-back': levers('What to do with a group tempted to transgress that nothing holds back.'),
  }),
  individualist: v.strictObject({
    recoverable: levers('What to do with a group pushed by fear whose attractions can bring it back.'),
    'not-recoverable': levers('What to do with a group pushed by fear that sees little to gain.'),
  }),
  undetermined: levers('What to do while the grid of a group is too thin to tell.'),
});

export const AtpConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.pipe(finite, v.integer(), v.minValue(1), v.description('Format version of this config.')),
  id: id('Stable opaque identifier of the grid; its stored data is kept under it.'),
  title: text('Title of the grid.'),
  description: v.optional(text('Plain-text introduction shown above the grid.')),
  categories: v.pipe(
    v.strictObject({
      attractions: AtpCategoryDefSchema,
      fears: AtpCategoryDefSchema,
      temptations: AtpCategoryDefSchema,
    }),
    v.description('The three columns of the grid: attractions, fears, temptations.'),
  ),
  groups: v.pipe(
    v.array(AtpGroupDefSchema),
    v.minLength(1),
    v.description('The stakeholder groups a new grid starts with.'),
  ),
  intensity: scale('How strongly a group feels an attraction, a fear or a temptation.'),
  trust: scale('How much a group trusts the partners of the project.'),
  postures: v.optional(
    v.pipe(
      AtpPostureThresholdsSchema,
      v.description(
        'Thresholds of the posture rule, on the scales above: the rule and its defaults are this library’s, inspired by the method, not ANAP’s.',
      ),
    ),
    {},
  ),
  levers: v.pipe(AtpLeversSchema, v.description('What to do with a group, for each posture.')),
  allowGroupEditing: v.optional(
    v.pipe(v.boolean(), v.description('Whether participants may add, rename, reorder and remove groups.')),
    true,
  ),
  divergenceSpread: v.optional(
    v.pipe(
      finite,
      v.description('In a synthesis, an item is divergent when its intensities spread over at least this much.'),
    ),
    2,
  ),
});

export const AtpItemSchema = v.strictObject({
  id: id('Identifier of the item within its group.'),
  category: v.pipe(v.picklist(ATP_CATEGORIES), v.description('attractions, fears or temptations.')),
  text: text('The attraction, fear or temptation, as the participants wrote it.'),
  intensity: v.pipe(finite, v.minValue(0), v.description('How strongly the group feels it (a synthesis holds means).')),
  note: v.optional(v.pipe(v.string(), v.description('A remark on the item.'))),
});

export const AtpGroupSchema = v.strictObject({
  id: id('Identifier of the group; the same as in the config for its groups.'),
  label: text('Name of the group.'),
  trust: v.pipe(
    v.nullable(v.pipe(finite, v.minValue(0))),
    v.description('The group’s trust in the partners, or null while not rated.'),
  ),
  items: v.array(AtpItemSchema),
});

/** The three plans of principle 6, in the method's order (attractions, fears, temptations feed them). */
export const ATP_PLAN_KINDS = ['objectives', 'risks', 'charter'] as const;

/** Where an action of a plan stands. */
export const PLAN_ACTION_STATES = ['todo', 'doing', 'done'] as const;
export type PlanActionState = (typeof PLAN_ACTION_STATES)[number];

export const PlanActionSchema = v.strictObject({
  id: id('Identifier of the action within the grid; never reused for another action.'),
  plan: v.pipe(
    v.picklist(ATP_PLAN_KINDS),
    v.description('objectives (objectives management plan), risks (risk management plan) or charter.'),
  ),
  text: text('What will be done, as the project team words it.'),
  owner: v.optional(v.pipe(v.string(), v.description('Who carries it out (a person, a group, a role).'))),
  due: v.optional(v.pipe(v.string(), v.isoDate(), v.description('When it is due (YYYY-MM-DD).'))),
  state: v.pipe(v.picklist(PLAN_ACTION_STATES), v.description('todo, doing or done.')),
  items: v.pipe(
    v.array(ItemLinkSchema),
    v.description(
      'The grid items it answers (principle 5): the attraction served, the fear reduced, the temptation curbed.',
    ),
  ),
  evaluation: v.optional(
    v.pipe(EvaluationSchema, v.description('Once done: did it work on the items it answers? Kept if reopened.')),
  ),
});

export const AtpDataSchema = v.strictObject({
  groups: v.pipe(v.array(AtpGroupSchema), v.description('The stakeholder groups, in display order.')),
  actions: v.optional(
    v.pipe(
      v.array(PlanActionSchema),
      v.description('The actions of the three plans the team has decided on, in entry order (absent in older grids).'),
    ),
  ),
});

export type AtpConfigInput = v.InferInput<typeof AtpConfigSchema>;
export type AtpConfig = v.InferOutput<typeof AtpConfigSchema>;
export type AtpCategoryDef = v.InferOutput<typeof AtpCategoryDefSchema>;
export type AtpGroupDef = v.InferOutput<typeof AtpGroupDefSchema>;
export type AtpLevel = v.InferOutput<typeof AtpLevelSchema>;
export type AtpScale = v.InferOutput<typeof AtpScaleSchema>;
export type AtpPostureThresholds = v.InferOutput<typeof AtpPostureThresholdsSchema>;
export type AtpLevers = v.InferOutput<typeof AtpLeversSchema>;
export type AtpItem = v.InferOutput<typeof AtpItemSchema>;
export type AtpGroup = v.InferOutput<typeof AtpGroupSchema>;
export type AtpData = v.InferOutput<typeof AtpDataSchema>;
export type PlanAction = v.InferOutput<typeof PlanActionSchema>;
