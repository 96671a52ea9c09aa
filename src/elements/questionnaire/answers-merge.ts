/**
 * The merge of two versions of the saved answers (question by question, the latest answer stands), fitted to the
 * config: loaded after the first paint, with the code that settles conflicts, since only another tab or device
 * makes a page merge (see answers-document.ts).
 */
import { mergeResponses, migrateResponses, type QuestionnaireConfig, type Responses } from '../../core/runtime.js';

export function mergeAnswers(model: QuestionnaireConfig, mine: Responses, stored: Responses): Responses {
  return migrateResponses(model, mergeResponses(mine, stored));
}
