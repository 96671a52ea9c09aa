/** Reading and writing project files: JSON text or objects in, a validated project or located issues out. */
import * as v from 'valibot';
import { AtpDataSchema } from '../atp/schema.js';
import { checkAtpDataSemantics, checkUniqueIds } from '../atp/semantic.js';
import { decode, guarded } from '../shared/input.js';
import { IssueList, type ConfigIssue } from '../shared/issues.js';
import type { ParseOptions } from '../shared/parse.js';
import { getStrings, type Strings } from '../i18n/index.js';
import type { ProjectStrings } from '../i18n/project.js';
import { principlesIssues } from '../principles/parse.js';
import { PrinciplesDataSchema } from '../principles/schema.js';
import { checkPrinciplesData } from '../principles/semantic.js';
import { SAVED_QUESTIONNAIRE_FORMAT } from '../questionnaire/saved.js';
import { SAVED_ATP_FORMAT } from '../atp/saved.js';
import { SAVED_PRINCIPLES_FORMAT } from '../principles/saved.js';
import { PROJECT_FORMAT } from './format.js';
import { ProjectDocumentSchema, ProjectGroupSchema, type ProjectDocument } from './schema.js';

/** ParseOptions whose overrides may already name the `project…` strings. */
export interface ProjectParseOptions extends ParseOptions {
  strings?: Partial<Strings> & Partial<ProjectStrings>;
}

export type ProjectParseResult = { ok: true; project: ProjectDocument } | { ok: false; issues: ConfigIssue[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const FORMAT_TAG = /^coop-project\/(\d+)$/;
const CURRENT_VERSION = Number(FORMAT_TAG.exec(PROJECT_FORMAT)?.[1]);

/**
 * When `value` is no project file, the one sentence that says so, naming the widget file it is when it is one
 * (people import the wrong export): the widgets' exports are `{config, data, exportedAt}` (ATP grid, principles)
 * and `{questionnaire, responses, result, exportedAt}`; their stored states carry their own format tags.
 * Undefined when `value` claims to be a project (its `format` starts with `coop-project/`).
 */
function notAProject(value: Record<string, unknown>, p: ProjectStrings): string | undefined {
  const format = value.format;
  if (typeof format === 'string' && format.startsWith('coop-project/')) return undefined;
  if (format === SAVED_QUESTIONNAIRE_FORMAT || ('questionnaire' in value && 'responses' in value)) {
    return p.projectIssueQuestionnaireFile;
  }
  if (format === SAVED_ATP_FORMAT) return p.projectIssueAtpFile;
  if (format === SAVED_PRINCIPLES_FORMAT) return p.projectIssuePrinciplesFile;
  const data = value.data;
  if (isRecord(data)) {
    if ('groups' in data) return p.projectIssueAtpFile;
    if ('principles' in data || 'proposals' in data) return p.projectIssuePrinciplesFile;
  }
  return p.projectIssueNotProject(PROJECT_FORMAT);
}

/** The data-level rules of a part, run when that part has the right shape (even if the rest of the file has not). */
function checkSemantics(value: Record<string, unknown>, issues: IssueList): void {
  const part = (key: string): unknown => {
    const found = value[key];
    return isRecord(found) ? found.data : undefined;
  };
  const atp = v.safeParse(AtpDataSchema, part('atp'));
  if (atp.success) checkAtpDataSemantics(atp.output, ['atp', 'data'], issues);
  const principles = v.safeParse(PrinciplesDataSchema, part('principles'));
  if (principles.success) checkPrinciplesData(principles.output, issues, ['principles', 'data']);
  const groups = v.safeParse(v.array(ProjectGroupSchema), value.groups);
  if (groups.success) checkUniqueIds(groups.output, ['groups'], issues);
}

/**
 * Validates a project file given as JSON text or as an object. Never throws: either the project with defaults
 * applied, or every problem found, each with its JSON path (`atp.data.groups[0].items[1].intensity`) and a
 * message in `options.locale`. Text that is not JSON gives one `invalid_json` issue at the root; a file of a
 * later format one `unsupported_schema_version` at `format`; a JSON file that is no project (a widget's own
 * export, say) one `invalid_value` at the root, rather than a list of unknown keys. Beyond the shape, the rules
 * the ATP and principles cores apply to their data hold (unique ids, a reason for each rejected proposal…),
 * and group ids are unique. Parts are not checked against configs: each widget fits its part to its config.
 */
export function parseProjectDocument(input: string | object, options: ProjectParseOptions = {}): ProjectParseResult {
  const locale = options.locale ?? 'fr';
  const issues = new IssueList(getStrings(locale, options.strings));
  const parsed = guarded<ProjectDocument>(issues, () => {
    const p: ProjectStrings = getStrings(locale, options.strings);
    const decoded = decode(input, issues);
    if (!decoded.ok) return { ok: false, issues: issues.items };
    const value = decoded.value;
    if (isRecord(value)) {
      const notProject = notAProject(value, p);
      if (notProject) {
        issues.add('', 'invalid_value', notProject);
        return { ok: false, issues: issues.items };
      }
      const version = Number(FORMAT_TAG.exec(String(value.format))?.[1]);
      if (version > CURRENT_VERSION) {
        issues.add(
          ['format'],
          'unsupported_schema_version',
          p.projectIssueNewerFormat(String(value.format), PROJECT_FORMAT),
        );
        return { ok: false, issues: issues.items };
      }
    }
    const result = v.safeParse(ProjectDocumentSchema, value, { abortEarly: false });
    const shape = result.success ? [] : principlesIssues(result.issues, issues);
    const semantic = new IssueList(issues.strings);
    if (isRecord(value)) checkSemantics(value, semantic);
    const all = [...shape, ...semantic.items];
    return result.success && !all.length ? { ok: true, config: result.output } : { ok: false, issues: all };
  });
  return parsed.ok ? { ok: true, project: parsed.config } : parsed;
}
