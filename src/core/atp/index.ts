/**
 * The ATP grid (Attraits, Peurs, Tentations): config and grid validation, editing, the posture of each
 * stakeholder group, the three plans, the synthesis of several participants, exports and storage.
 */
export {
  ATP_CATEGORIES,
  ATP_SCHEMA_VERSION,
  AtpCategoryDefSchema,
  AtpConfigSchema,
  AtpDataSchema,
  AtpGroupDefSchema,
  AtpGroupSchema,
  AtpItemSchema,
  AtpLevelSchema,
  AtpLeversSchema,
  AtpPlanSchema,
  AtpPostureThresholdsSchema,
  AtpScaleSchema,
  ATP_PLAN_KINDS,
  PLAN_ACTION_STATES,
  PlanActionSchema,
} from './schema.js';
export type {
  AtpCategory,
  AtpCategoryDef,
  AtpConfig,
  AtpConfigInput,
  AtpData,
  AtpGroup,
  AtpGroupDef,
  AtpItem,
  AtpLevel,
  AtpLevers,
  AtpPostureThresholds,
  AtpScale,
  PlanAction,
  PlanActionState,
} from './schema.js';
export { migrateAtpConfig, parseAtpConfig, parseAtpData } from './parse.js';
export type { AtpDataParseResult } from './parse.js';
export { addGroup, createAtpData, fitAtpData, normaliseText } from './model.js';
export { addItem, moveGroup, removeGroup, removeItem, renameGroup, setTrust, updateItem } from './grid-edits.js';
export type { AtpItemDraft, AtpItemPatch } from './grid-edits.js';
export { ATP_POSTURES, analyseAtp, formatAtpNumber, postureLabel } from './analyse.js';
export type { AtpAnalysis, AtpGroupAnalysis, AtpPosture, AtpQualifier } from './analyse.js';
export { postureForces } from './forces.js';
export type { AtpForce, AtpGroupForces } from './forces.js';
export { ATP_PLAN_OF, buildPlans } from './plans.js';
export type { AtpPlanKind, AtpPlans, PlanEntry } from './plans.js';
export { mergeAtp } from './merge.js';
export type { AtpSynthesis, MergedItem, SynthesisGroup } from './merge.js';
export { actionStateText, atpToCsv, effectText, plansToCsv } from './export.js';
export type { AtpCsvOptions } from './export.js';
export { SAVED_ATP_FORMAT, SavedAtpSchema, atpStorageKey, parseSavedAtp, serializeSavedAtp } from './saved.js';
export type { SavedAtp, SavedAtpParseResult } from './saved.js';
export { ATP_VIEWS } from './views.js';
export type { AtpView } from './views.js';
export {
  EVALUATION_EFFECTS,
  EvaluationSchema,
  ItemLinkSchema,
  linkTo,
  resolveItemLinks,
  sameItem,
  unlinkedItems,
} from './links.js';
export type { Evaluation, EvaluationEffect, ItemLink, ResolvedItemLink, UnlinkedGroup } from './links.js';
export {
  actionLinks,
  actionsOf,
  actionsOfPlan,
  addAction,
  draftFromEntry,
  entryAnswered,
  entryLinks,
  removeAction,
  restoreAction,
  unansweredItems,
  updateAction,
} from './actions.js';
export type { PlanActionDraft, PlanActionPatch } from './actions.js';
export { restoreGroup, restoreItem } from './restore.js';
export { readParticipantFile } from './participants.js';
export type { ParticipantFileResult } from './participants.js';
