/**
 * coop-widgets/core — the DOM-free heart of the library: config validation, scoring, migration, strings.
 * Importable from Node (a portal's back end can recompute scores with it). Its one side effect: both whole
 * catalogs and the wording of config problems are registered, so that every function speaks both languages at
 * once (the embed bundles' elements add their widget's French, and load English and the problems' wording on
 * demand instead).
 */
import { addConfigIssueWording } from './catalogs/config-issues.js';
import { en } from './i18n/en.js';
import { fr } from './i18n/fr-all.js';
import { registerCatalog } from './i18n/index.js';

registerCatalog('fr', fr);
registerCatalog('en', en);
addConfigIssueWording();

export * from './runtime.js';
// Not in runtime.ts: the elements never use it, and the embed bundle serves it as its own file.
export * from './http.js';
// Not in runtime.ts either: <coop-project> loads them with its workshop mode.
export * from './workshop.js';
export { en, fr };
export { defaultQuestionnaire } from './questionnaire/default.js';
export { defaultAtpConfig } from './atp/default.js';
export { defaultPrinciplesConfig } from './principles/default.js';
// The config editor's own pieces (loaded with it, never in the widgets' first paint).
export { configEditorStrings } from './i18n/config-editor-catalog.js';
export type { ConfigEditorStrings } from './i18n/config-editor-catalog.js';
export { locateJsonPath, mapJsonPaths, parsePath } from './shared/json-locate.js';
export type { JsonLocation, TextRange } from './shared/json-locate.js';
export { configScriptTag, configTag, decodeEntities, escapeAttribute, readConfigTag } from './shared/config-tag.js';
export {
  addOutlineEntry,
  canRemove,
  duplicateOutlineEntry,
  freshId,
  keepQuestionId,
  moveOutlineEntry,
  outlineEntryAt,
  outlineIds,
  removeOutlineEntry,
  setOutlineField,
} from './questionnaire/edit.js';
export type { NewEntryTexts, OutlinePath } from './questionnaire/edit.js';
export { questionnaireChanges } from './questionnaire/changes.js';
export {
  addListEntry,
  canRemoveListEntry,
  duplicateListEntry,
  listOf,
  moveListEntry,
  removeListEntry,
  renameListId,
  setDraftValue,
  setListField,
  valueAt,
} from './shared/list-edit.js';
export type { ListSpec } from './shared/list-edit.js';
export {
  ATP_LEVER_LISTS,
  ATP_THRESHOLDS,
  atpGroupsList,
  atpLevelsList,
  atpLeversList,
  atpLists,
  atpSuggestionsList,
  atpThreshold,
  atpThresholdChoices,
} from './atp/edit.js';
export { atpChanges } from './atp/changes.js';
export type { AtpChange, AtpChanges, AtpRename } from './atp/changes.js';
export {
  canChangeStatusKind,
  principlesGroupsList,
  principlesList,
  principlesStatusesList,
  readIdList,
  setPrincipleRelation,
} from './principles/edit.js';
export type { PrincipleRelation } from './principles/edit.js';
export { principlesChanges } from './principles/changes.js';
export type { PrincipleRename, PrinciplesChange, PrinciplesChanges } from './principles/changes.js';
export type { QuestionChange, QuestionnaireChanges, RenameCandidate } from './questionnaire/changes.js';
// Not in runtime.ts: the questionnaire's result and validate steps load them on demand, outside the first paint.
export { getQuestionnaireResultStrings, getQuestionnaireValidateStrings } from './questionnaire/validate-strings.js';
export type { QuestionnaireStringOverrides } from './questionnaire/validate-strings.js';
export type { QuestionnaireValidateStrings } from './i18n/questionnaire-validate.js';
export type { QuestionnaireResultStrings } from './i18n/questionnaire-result.js';
// Not in runtime.ts: the report's module loads it on demand, outside the first paint.
export * from './report/index.js';
