// The problems' wording loads apart (src/core/shared/issue-wording.ts): without it — what the elements' core,
// src/core/runtime.ts, has until the first problem — a parse finds exactly the same problems, with empty
// messages, and never throws; once src/core/catalogs/config-issues.ts is registered, every one is worded. This
// file imports runtime.ts alone (node --test runs each file in a process of its own): no wording at first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  getStrings,
  parseAtpConfig,
  parsePrinciplesConfig,
  parseProjectDocument,
  parseQuestionnaireConfig,
  type ConfigIssue,
} from '../../src/core/runtime.js';
import { hasConfigIssueWording } from '../../src/core/catalogs/issue-wording.js';
import { configIssuesFr } from '../../src/core/i18n/config-issues.js';
import { fr } from '../../src/core/i18n/fr-all.js';
import { extendCatalog } from '../../src/core/i18n/index.js';

// The widgets' own areas (their own problems' sentences among them), as their pages add them; not the wording.
extendCatalog('fr', Object.fromEntries(Object.entries(fr).filter(([key]) => !Object.hasOwn(configIssuesFr, key))));

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const hostile = new Proxy(
  {},
  {
    ownKeys: () => {
      throw new Error('hostile');
    },
  },
);
/** Every kind of problem: shapes, semantics, cross-checks, JSON syntax, an array, a newer version, a hostile object. */
const cases: [string, () => { ok: boolean; issues?: ConfigIssue[] }][] = [
  ['questionnaire', () => parseQuestionnaireConfig(fixture('questionnaire.broken.json'))],
  ['questionnaire, English', () => parseQuestionnaireConfig(fixture('questionnaire.broken.json'), { locale: 'en' })],
  ['atp', () => parseAtpConfig(fixture('atp.broken.json'))],
  ['principles', () => parsePrinciplesConfig(fixture('principles.broken.json'))],
  ['project', () => parseProjectDocument(fixture('project.broken.json'))],
  ['JSON syntax', () => parseQuestionnaireConfig('{"title": "x",}')],
  ['an array', () => parseAtpConfig('[]')],
  ['a newer version', () => parseQuestionnaireConfig({ schemaVersion: 99 })],
  ['a hostile object', () => parsePrinciplesConfig(hostile)],
];
const issuesOf = (result: { ok: boolean; issues?: ConfigIssue[] }) => result.issues ?? [];
const shape = (issues: ConfigIssue[] = []) => issues.map(({ path, code }) => `${path} ${code}`);

test('without the wording, the same problems are found, unworded; with it, every one is worded', async () => {
  assert.equal(hasConfigIssueWording(), false, 'runtime.ts registers no wording');
  const unworded = cases.map(([name, parse]) => {
    const result = parse();
    assert.equal(result.ok, false, name);
    assert.ok(result.issues?.length, `${name}: problems found`);
    // The common problems unworded; a widget's own (a principles proposal's missing reason) in its own area.
    assert.ok(
      result.issues?.some((issue) => issue.message === ''),
      `${name}: worded without wording`,
    );
    for (const issue of result.issues ?? []) {
      assert.ok(!issue.message.includes('undefined'), `${name}: ${issue.path} ${issue.message}`);
      assert.equal(issue.where, undefined, `${name}: ${issue.path} placed without wording`);
    }
    return shape(result.issues);
  });
  assert.equal(getStrings('fr').issueRequired, undefined, 'the French of the problems is not in the catalog yet');

  const { addConfigIssueWording } = await import('../../src/core/catalogs/config-issues.js');
  addConfigIssueWording();
  assert.equal(hasConfigIssueWording(), true);
  cases.forEach(([name, parse], i) => {
    const result = parse();
    assert.equal(result.ok, false, name);
    assert.deepEqual(shape(result.issues), unworded[i], `${name}: the same problems, worded or not`);
    for (const issue of result.issues ?? []) {
      assert.ok(issue.message && !issue.message.includes('undefined'), `${name}: ${issue.path} ${issue.message}`);
    }
  });
  const broken = issuesOf(parseQuestionnaireConfig(fixture('questionnaire.broken.json')));
  const [french] = broken;
  assert.match(french?.message ?? '', /[éèàç]|propriété|attendu|identifiant/i, 'worded in French');
  assert.ok(
    broken.some((issue) => issue.where),
    'places said in words',
  );
});
