/**
 * The ATP analysis' strings, whole: what its first paint reads (atp-paint.ts: postures, explanations, config
 * issues) and what follows an action (atp-parts.ts: the plans' draft actions, CSV headings, actions' states,
 * effects and forces). The grid registers them apart (src/core/catalogs/atp-matrix.ts, atp-parts.ts); the report,
 * the checklist's links and `coop-widgets/core` take the whole area.
 */
import { atpPaintFr, type AtpPaintStrings } from './atp-paint.js';
import { atpPartsFr, type AtpPartsStrings } from './atp-parts.js';

export type { AtpPaintStrings, AtpPartsStrings };
export type AtpStrings = AtpPaintStrings & AtpPartsStrings;

export const atpFr: AtpStrings = { ...atpPaintFr, ...atpPartsFr };
