/**
 * The French words of the widgets' data that `<coop-project>` reads beyond its own interface: the project file's
 * messages (why a file is not a project this library opens), the principles', the ATP analysis' and the
 * questionnaire's strings (its result table and score caps, in the report), which the project file's checks, the
 * report and the workshop mode use. Added by those parts when they load (all three are import()ed on first use),
 * so that the provider's first paint carries none of them (see src/core/i18n/index.ts).
 */
import { atpFr } from '../i18n/atp.js';
import { extendCatalog } from '../i18n/index.js';
import { principlesFr } from '../i18n/principles.js';
import { projectFr } from '../i18n/project.js';
import { questionnairePartsFr } from '../i18n/questionnaire-parts.js';
import { questionnaireFr } from '../i18n/questionnaire.js';

export function addProjectPartsStrings(): void {
  extendCatalog('fr', projectFr, principlesFr, atpFr, questionnaireFr, questionnairePartsFr);
}
