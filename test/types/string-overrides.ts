// Type test (checked by `npm run typecheck`, never run): a site overrides any interface string through a widget's
// or <coop-project>'s `strings`, whatever area holds it (the catalog, the questionnaire's result and validate
// steps, the report, the workshop), with no cast; a key of no area or a value of the wrong kind is refused.
import type { CoopStringOverrides } from '../../src/core/index.js';
import type { CoopAtpMatrix } from '../../src/elements/atp-matrix/atp-matrix.js';
import type { CoopProject } from '../../src/elements/project/project.js';
import type { CoopQuestionnaire } from '../../src/elements/questionnaire/questionnaire.js';

declare const questionnaire: CoopQuestionnaire;
declare const grid: CoopAtpMatrix;
declare const project: CoopProject;

const every: CoopStringOverrides = {
  loading: 'Chargement…', // the catalog (common)
  amTabsLabel: 'Vues', // the catalog (the ATP grid's area)
  resultHeading: 'Résultat', // the questionnaire's result
  validateHeading: 'Valider', // its validate step
  reportTitle: 'Rapport', // the report
  wsConnecting: 'Connexion…', // the workshop
  resultCompletion: (percent: number) => `${percent} %`,
};
questionnaire.strings = every;
grid.strings = { validateHeading: 'Valider', amTabsLabel: 'Vues' };
project.strings = { reportTitle: 'Rapport', wsConnecting: 'Connexion…', cpExport: 'Exporter' };

// @ts-expect-error a key of no area
questionnaire.strings = { resultHeadline: 'Résultat' };
// @ts-expect-error a text where the catalog has a function
questionnaire.strings = { resultCompletion: '50 %' };
// @ts-expect-error a function where the catalog has a text
project.strings = { reportTitle: () => 'Rapport' };
