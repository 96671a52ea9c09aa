/** The French catalog whole, for the all-in-one bundle's API (src/define/all.ts), which has every widget anyway. */
export { fr } from '../i18n/fr-all.js';
