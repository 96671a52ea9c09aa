/**
 * The register as a spreadsheet (CSV) download: the core's writer with its options, in a module of its own
 * fetched right after the first paint (see the element's `parts`), since only the export button needs it.
 */
import {
  proposalsToCsv,
  type PrinciplesCsvOptions,
  type PrinciplesConfig,
  type PrinciplesData,
} from '../../core/runtime.js';
import type { DocumentController } from '../shared/document-controller.js';
import { downloadCsv } from '../shared/document-export.js';
import { addPrinciplesChecklistPartsStrings } from '../../core/catalogs/principles-checklist-parts.js';

addPrinciplesChecklistPartsStrings(); // the French these parts show (src/core/catalogs/)

/** Downloads `<config id>-register.csv`. */
export function downloadRegisterCsv<Stored>(
  doc: DocumentController<PrinciplesConfig, PrinciplesData, Stored>,
  options: PrinciplesCsvOptions,
): void {
  downloadCsv(doc, '-register', (model, data) => proposalsToCsv(model, data, options));
}

/** This module as the element receives it, once loaded (its `parts`). */
export interface RegisterCsv {
  downloadRegisterCsv: typeof downloadRegisterCsv;
}
