import { configNoticeFr } from './config-notice.js';
import type { CommonStrings } from './strings.js';
import { widgetFr } from './widget.js';

/**
 * French, the default language: what every widget reads (the loading and storage sentences the shared views also
 * use, a config that could not be fetched, the working documents'). The wording of config problems comes with the
 * first problem (config-issues.ts). Each other area's French, the questionnaire's own and `<coop-project>`'s
 * (`cp…`) included, is added by the widgets and parts that read it (src/core/catalogs/), so a page carries only
 * its widgets' strings.
 */
export const commonFr: CommonStrings = {
  ...widgetFr,
  ...configNoticeFr,
  loading: 'Chargement du questionnaire…',
  cancel: 'Annuler',
  savedAt: (date, time) => `Enregistré le ${date} à ${time}`,

  exportJson: 'Exporter le résultat (JSON)',
  print: 'Imprimer',
  erased: 'Vos réponses ont été effacées.',

  storageRecovered: 'L’enregistrement fonctionne de nouveau.',
  remoteUpdate: 'Vos réponses ont été mises à jour depuis un autre onglet.',
};
