/**
 * A participant's grid read from a file a facilitator adds to the synthesis: a grid export (`{ config, data,
 * exportedAt }`, what the widget's "Export (JSON)" gives), a stored grid (`{ format: "coop-atp/1", data }`), a
 * project file (`coop-project/…`, its `atp.data`), or a bare grid (`{ groups }`). Never throws: the grid, or why
 * not — not JSON, no grid in it, or the first problem of an invalid grid with its JSON path.
 */
import type { ParseOptions } from '../shared/parse.js';
import { parseProjectDocument } from '../project/parse.js';
import { parseAtpData } from './parse.js';
import type { AtpData } from './schema.js';

export type ParticipantFileResult =
  | { ok: true; data: AtpData }
  | { ok: false; reason: 'not-json' | 'no-grid' }
  | { ok: false; reason: 'invalid'; path: string; message: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function readParticipantFile(text: string, options: ParseOptions = {}): ParticipantFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(value)) return { ok: false, reason: 'no-grid' };
  if (typeof value.format === 'string' && value.format.startsWith('coop-project/')) {
    const project = parseProjectDocument(value, options);
    if (!project.ok) return invalid(project.issues);
    return project.project.atp ? { ok: true, data: project.project.atp.data } : { ok: false, reason: 'no-grid' };
  }
  const grid = 'groups' in value ? value : isRecord(value.data) && 'groups' in value.data ? value.data : undefined;
  if (!grid) return { ok: false, reason: 'no-grid' };
  const parsed = parseAtpData(grid, options);
  if (parsed.ok) return parsed;
  const prefix = grid === value ? '' : 'data';
  return invalid(parsed.issues.map((i) => ({ ...i, path: [prefix, i.path].filter(Boolean).join('.') })));
}

function invalid(issues: readonly { path: string; message: string }[]): ParticipantFileResult {
  const first = issues[0];
  return { ok: false, reason: 'invalid', path: first?.path || '/', message: first?.message ?? '' };
}
