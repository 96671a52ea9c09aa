/**
 * The files a widget offers of its working document, as downloads (no server involved): the JSON export, the
 * same in every widget whose document is its data (`{ config: { id }, data, exportedAt }`), and CSV exports
 * named after the config.
 */
import type { DocumentController } from './document-controller.js';
import { downloadFile } from './feedback.js';

/** Downloads `<config id>.json`: the document, with the id of the config it fills. */
export function downloadJson<Config extends { id: string }, Data, Stored>(
  doc: DocumentController<Config, Data, Stored>,
): void {
  const model = doc.options.model();
  const data = doc.data;
  if (!model || data === undefined) return;
  const file = { config: { id: model.id }, data, exportedAt: new Date().toISOString() };
  downloadFile(doc.host.renderRoot, `${model.id}.json`, 'application/json', JSON.stringify(file, null, 2));
}

/** Downloads `<config id><suffix>.csv`, unless `toCsv` has nothing to give. */
export function downloadCsv<Config extends { id: string }, Data, Stored>(
  doc: DocumentController<Config, Data, Stored>,
  suffix: string,
  toCsv: (model: Config, data: Data) => string | undefined,
): void {
  const model = doc.options.model();
  const data = doc.data;
  if (!model || data === undefined) return;
  const csv = toCsv(model, data);
  if (csv !== undefined) downloadFile(doc.host.renderRoot, `${model.id}${suffix}.csv`, 'text/csv;charset=utf-8', csv);
}
