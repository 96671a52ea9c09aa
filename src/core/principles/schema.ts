/**
 * The principles checklist's JSON, as Valibot definitions: the config (the principles, their statuses, the
 * promoter's threshold, the stakeholder groups) and the working data (each principle's state, the register of
 * action proposals). Types, runtime validation and the published JSON Schema all come from here; the rules
 * that need the whole document are in semantic.ts. Objects are strict, so a typo is reported, not ignored.
 */
import * as v from 'valibot';
import { ID_PATTERN, id, source, text } from '../shared/schema.js';
import type { Strings } from '../i18n/index.js';
import { EvaluationSchema, ItemLinkSchema } from '../atp/link-schema.js';

/** The newest config format this library reads. */
export const PRINCIPLES_SCHEMA_VERSION = 1;

/** What a status means for the assessment, whatever its label: every config has at least one of each. */
export const STATUS_KINDS = ['not-started', 'in-progress', 'in-place'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** What became of an action proposal. */
export const DECISIONS = ['proposed', 'accepted', 'rejected'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The other widgets a principle can point to. */
export const PRINCIPLE_WIDGETS = ['questionnaire', 'atp-matrix'] as const;
export type PrincipleWidget = (typeof PRINCIPLE_WIDGETS)[number];

const finite = v.pipe(v.number(), v.finite());
/** A calendar date as an `<input type="date">` gives it. */
const date = (what: string) => v.pipe(v.string(), v.isoDate(), v.description(`${what} (YYYY-MM-DD).`));
const dateTime = (what: string) => v.pipe(v.string(), v.isoTimestamp(), v.description(`${what} (ISO 8601).`));

/** The statuses of a config that gives none (parsePrinciplesConfig labels them in the config's language). */
export function defaultStatuses(s: Strings): { id: string; label: string; kind: StatusKind }[] {
  return [
    { id: 'not-started', label: s.principlesStatusNotStarted, kind: 'not-started' },
    { id: 'in-progress', label: s.principlesStatusInProgress, kind: 'in-progress' },
    { id: 'in-place', label: s.principlesStatusInPlace, kind: 'in-place' },
  ];
}

/** The stakeholder groups of a config that gives none. Their ids are shared with the ATP grid. */
export function defaultGroups(s: Strings): { id: string; label: string }[] {
  return [
    { id: 'providers', label: s.principlesGroupProviders },
    { id: 'deputy-directors', label: s.principlesGroupDeputyDirectors },
    { id: 'middle-managers', label: s.principlesGroupMiddleManagers },
    { id: 'staff', label: s.principlesGroupStaff },
    { id: 'beneficiaries', label: s.principlesGroupBeneficiaries },
    { id: 'users', label: s.principlesGroupUsers },
  ];
}

export const PrincipleSchema = v.strictObject({
  id: id('Stable opaque identifier of the principle; its state is stored under it.'),
  number: v.pipe(finite, v.integer(), v.minValue(1), v.description('The number shown before the principle.')),
  text: text('The principle, plain text.'),
  source: source(
    'Where the text is quoted from word for word, e.g. "anap-2019" (ANAP’s 2019 presentation); on an English text, it is translated from that quotation. Never shown to users.',
  ),
  explanation: v.optional(text('One or two sentences that say what the principle asks for in practice.')),
  relatesTo: v.optional(
    v.pipe(
      v.strictObject({
        widgets: v.optional(
          v.pipe(v.array(v.picklist(PRINCIPLE_WIDGETS)), v.description('The widgets that help with this principle.')),
        ),
        sections: v.optional(
          v.pipe(
            v.array(id('A section id of the questionnaire.')),
            v.description('The questionnaire sections that assess this principle.'),
          ),
        ),
      }),
      v.description('Where else the method works on this principle.'),
    ),
  ),
});

export const PrincipleStatusSchema = v.strictObject({
  id: id('Stable opaque identifier of the status; stored in the data.'),
  label: text('What the user reads, e.g. "In progress".'),
  kind: v.pipe(
    v.picklist(STATUS_KINDS),
    v.description('What the status means for the assessment: not-started, in-progress or in-place.'),
  ),
  description: v.optional(text('A longer explanation of the status.')),
});

export const PrinciplesGroupSchema = v.strictObject({
  id: id('Stable opaque identifier of the group; proposals name it. Shared with the ATP grid.'),
  label: text('Name of the stakeholder group.'),
  source: source(
    'Where the label is quoted from word for word, e.g. "anap-2019" (ANAP’s 2019 presentation); on an English text, it is translated from that quotation. Never shown to users.',
  ),
});

export const PrinciplesConfigSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.pipe(finite, v.integer(), v.minValue(1), v.description('Format version of this config.')),
  id: id('Stable opaque identifier of the checklist; the storage key is built from it.'),
  locale: v.optional(
    v.pipe(
      v.picklist(['fr', 'en']),
      v.description('Language of the texts; default statuses and groups are labelled in it.'),
    ),
  ),
  title: text('Title of the checklist.'),
  description: v.optional(text('Plain-text introduction.')),
  principles: v.pipe(v.array(PrincipleSchema), v.minLength(1), v.description('The principles, in display order.')),
  statuses: v.optional(
    v.pipe(
      v.array(PrincipleStatusSchema),
      v.description(
        'The statuses a principle can have, in display order, at least one of each kind. Default: not-started, in-progress, in-place.',
      ),
    ),
  ),
  threshold: v.optional(
    v.pipe(
      finite,
      v.minValue(0),
      v.maxValue(100),
      v.description(
        'The share of the action proposals stated (%) the promoter commits to carry out (default 60): the commitment is made when that share is retained, kept when it is carried out.',
      ),
    ),
    60,
  ),
  groups: v.optional(
    v.pipe(
      v.array(PrinciplesGroupSchema),
      v.description(
        'The stakeholder groups that make proposals. Default: providers, deputy-directors, middle-managers, staff, beneficiaries, users.',
      ),
    ),
  ),
  prerequisite: v.pipe(
    v.strictObject({
      text: text('The commitment, plain text.'),
      source: source(
        'Where the text is quoted from word for word, e.g. "anap-2019" (ANAP’s 2019 presentation); on an English text, it is translated from that quotation. Never shown to users.',
      ),
      explanation: v.optional(text('What the commitment means in practice.')),
    }),
    v.description('The prerequisite for the project’s promoter.'),
  ),
});

export const PrincipleStateSchema = v.strictObject({
  status: v.optional(
    v.pipe(
      v.string(),
      v.minLength(1),
      v.description(
        'A status id of the config; absent while the principle is not assessed yet (evidence or an owner may be typed before anyone says where it stands).',
      ),
    ),
  ),
  evidence: v.optional(v.pipe(v.string(), v.description('What shows the principle is applied, as typed.'))),
  owner: v.optional(v.pipe(v.string(), v.description('Who sees to it, as typed.'))),
  dueDate: v.optional(date('When it should be in place')),
  updatedAt: dateTime('When the state last changed'),
});

export const ProposalSchema = v.strictObject({
  id: id('Stable opaque identifier of the proposal.'),
  text: text('The action proposed, as typed.'),
  proposedBy: v.pipe(
    v.string(),
    v.description('A group id of the config, or free text for a group that is not listed.'),
  ),
  date: date('When it was proposed'),
  decision: v.pipe(v.picklist(DECISIONS), v.description('proposed (pending), accepted or rejected.')),
  rejectionReason: v.optional(
    v.pipe(v.string(), v.description('Why it was rejected: required when the decision is "rejected".')),
  ),
  done: v.optional(v.pipe(v.boolean(), v.description('Whether an accepted proposal is carried out.')), false),
  doneDate: v.optional(date('When it was carried out')),
  items: v.optional(
    v.pipe(
      v.array(ItemLinkSchema),
      v.description(
        'The ATP grid items the proposal answers (principle 5): the attraction it serves, the fear it reduces, the temptation it curbs. Each link keeps the item’s wording, so a removed item stays named.',
      ),
    ),
  ),
  evaluation: v.optional(
    v.pipe(
      EvaluationSchema,
      v.description(
        'Once carried out, how it worked on the items it answers. Kept if the proposal is reopened; shown only while it is carried out.',
      ),
    ),
  ),
  updatedAt: v.optional(dateTime('When the proposal last changed')),
});

export const PrinciplesDataSchema = v.strictObject({
  principles: v.pipe(
    v.record(v.pipe(v.string(), v.regex(ID_PATTERN)), PrincipleStateSchema),
    v.description('The state of each principle, by principle id; a principle left out is not assessed yet.'),
  ),
  proposals: v.pipe(v.array(ProposalSchema), v.description('The register of action proposals, in entry order.')),
});

export type PrinciplesConfigInput = v.InferInput<typeof PrinciplesConfigSchema>;
export type PrincipleStatus = v.InferOutput<typeof PrincipleStatusSchema>;
export type PrinciplesGroup = v.InferOutput<typeof PrinciplesGroupSchema>;
/**
 * A validated config: the schema's output with the defaults applied, statuses and groups included (their
 * default labels depend on the language, so parsePrinciplesConfig fills them in rather than the schema).
 */
export type PrinciplesConfig = Omit<v.InferOutput<typeof PrinciplesConfigSchema>, 'statuses' | 'groups'> & {
  statuses: PrincipleStatus[];
  groups: PrinciplesGroup[];
};
export type Principle = PrinciplesConfig['principles'][number];
export type PrinciplesDataInput = v.InferInput<typeof PrinciplesDataSchema>;
export type PrinciplesData = v.InferOutput<typeof PrinciplesDataSchema>;
export type PrincipleState = v.InferOutput<typeof PrincipleStateSchema>;
export type Proposal = v.InferOutput<typeof ProposalSchema>;
