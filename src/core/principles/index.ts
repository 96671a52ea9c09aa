/** The principles checklist's core: config and data, editing, assessment, register, exports, storage. */
export {
  DECISIONS,
  PRINCIPLE_WIDGETS,
  PRINCIPLES_SCHEMA_VERSION,
  PrincipleSchema,
  PrincipleStateSchema,
  PrincipleStatusSchema,
  PrinciplesConfigSchema,
  PrinciplesDataSchema,
  PrinciplesGroupSchema,
  ProposalSchema,
  STATUS_KINDS,
} from './schema.js';
export type {
  Decision,
  Principle,
  PrincipleState,
  PrincipleStatus,
  PrincipleWidget,
  PrinciplesConfig,
  PrinciplesConfigInput,
  PrinciplesData,
  PrinciplesDataInput,
  PrinciplesGroup,
  Proposal,
  StatusKind,
} from './schema.js';
export { parsePrinciplesConfig, parsePrinciplesData } from './parse.js';
export type { PrinciplesDataParseResult } from './parse.js';
export {
  clearPrincipleStatus,
  createPrinciplesData,
  setPrincipleField,
  setPrincipleStatus,
  principleStatus,
  statusOf,
} from './model.js';
export type { PrincipleField } from './model.js';
export {
  addProposal,
  decideProposal,
  evaluateProposal,
  removeProposal,
  setProposalDone,
  updateProposal,
} from './proposals.js';
export type { ProposalDraft, ProposalPatch } from './proposals.js';
export { assessPrinciples, describeCommitment, describeCommitmentHalves } from './assess.js';
export type {
  CommitmentAssessment,
  CommitmentHalf,
  CommitmentSentences,
  PrinciplesAssessment,
  PrinciplesProgress,
} from './assess.js';
export { filterProposals, sortProposals } from './register.js';
export type { ProposalFilter, ProposalSortDirection, ProposalSortKey } from './register.js';
export { describeItemLinks, effectLabel, principlesToCsv, proposalsToCsv } from './export.js';
export type { PrinciplesCsvOptions } from './export.js';
export {
  SAVED_PRINCIPLES_FORMAT,
  SavedPrinciplesSchema,
  parseSavedPrinciples,
  principlesStorageKey,
  serializeSavedPrinciples,
} from './saved.js';
export type { SavedPrinciples } from './saved.js';
