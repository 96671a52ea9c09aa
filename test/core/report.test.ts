import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fullEnJson from '../fixtures/project.full.en.json';
import fullJson from '../fixtures/project.full.json';
import {
  analyseAtp,
  assessPrinciples,
  buildReport,
  defaultAtpConfig,
  defaultPrinciplesConfig,
  defaultQuestionnaire,
  describeCommitment,
  getReportStrings,
  parseProjectDocument,
  REPORT_FORMAT,
  reportText,
  scoreQuestionnaire,
  type CoopReport,
  type Locale,
  type ProjectDocument,
} from '../../src/core/index.js';
import { copy } from './helpers.js';

function project(input: object): ProjectDocument {
  const parsed = parseProjectDocument(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues, null, 2));
  return parsed.project;
}

const configs = (locale: Locale) => ({
  questionnaire: defaultQuestionnaire(locale),
  atp: defaultAtpConfig(locale),
  principles: defaultPrinciplesConfig(locale),
});

const fixtures = { fr: project(fullJson), en: project(fullEnJson) } as const;
const report = (locale: Locale, doc: ProjectDocument = fixtures[locale], extra: object = {}): CoopReport =>
  buildReport(doc, { locale, configs: configs(locale), ...extra });

for (const locale of ['fr', 'en'] as const) {
  describe(`report of the full project (${locale})`, () => {
    const doc = fixtures[locale];
    const r = report(locale);
    const c = configs(locale);

    test('every part is there, in the project’s language, dated by the file', () => {
      assert.equal(r.format, REPORT_FORMAT);
      assert.equal(r.locale, locale);
      assert.equal(r.generatedAt, doc.exportedAt);
      assert.equal(r.cover.title, doc.title);
      assert.deepEqual(
        r.cover.contents.map((x) => [x.part, x.id]),
        [
          ['questionnaire', doc.questionnaire!.configId],
          ['atp', doc.atp!.configId],
          ['principles', doc.principles!.configId],
        ],
      );
      assert.ok(r.selfAssessment && r.representation && r.principles);
      assert.equal(r.changes, undefined, 'no previous report, no changes');
    });

    test('the self-assessment says what scoreQuestionnaire says', () => {
      const result = scoreQuestionnaire(c.questionnaire, doc.questionnaire!.responses);
      const sa = r.selfAssessment!;
      assert.equal(sa.score, Math.round(result.global.score!));
      assert.equal(sa.band?.id, result.global.band?.id);
      assert.deepEqual(
        sa.sections.map((s) => [s.id, s.score]),
        result.sections.map((s) => [s.id, s.score === null ? null : Math.round(s.score)]),
      );
      assert.deepEqual(
        sa.recommendations.map((x) => x.sectionId),
        result.recommendations.map((x) => x.sectionId),
        'weakest first, as the core orders them',
      );
      assert.deepEqual(
        sa.unanswered.map((x) => x.id),
        result.unanswered,
      );
      assert.ok(
        sa.unanswered.every((x) => x.label.length > 0 && x.label !== x.id),
        'questions by their wording',
      );
      const by = doc.questionnaire!.responses.validatedBy!;
      assert.deepEqual(sa.validation, {
        status: 'validated',
        at: doc.questionnaire!.responses.validatedAt,
        by: `${by.name}, ${by.role}`,
        frozen: true,
      });
    });

    test('each group’s posture and forces come from the grid', () => {
      const analysis = analyseAtp(c.atp, doc.atp!.data, { locale });
      const rep = r.representation!;
      assert.deepEqual(
        rep.groups.map((g) => [g.id, g.posture, g.explanation]),
        analysis.groups.map((g) => [g.id, g.posture, g.explanation]),
      );
      const withItems = rep.groups.filter((g) => g.items.length);
      assert.ok(
        withItems.every((g) => g.pushing?.item && g.restraining),
        'a force names its item',
      );
      const unrated = rep.groups.find((g) => g.posture === 'cooperative' && g.trust === undefined);
      assert.equal(unrated?.restraining?.level, reportText(locale).reportTrustNotRated, 'trust not rated');
      assert.deepEqual(
        rep.plans.map((p) => p.kind),
        ['objectives', 'risks', 'charter'],
      );
      const items = doc.atp!.data.groups.flatMap((g) => g.items.map((i) => i.text));
      for (const plan of rep.plans) for (const e of plan.entries) assert.ok(items.includes(e.text), e.text);
    });

    test('a merged trust between two levels reads as a number in the report’s language', () => {
      const merged = copy(doc);
      const group = merged.atp!.data.groups[0]!;
      (group as { trust: number | null }).trust = 2.5;
      const rep = report(locale, merged).representation!;
      assert.equal(rep.groups.find((g) => g.id === group.id)?.trust, locale === 'fr' ? '2,5' : '2.5');
    });

    test('both halves of the commitment, as the checklist counts them', () => {
      const a = assessPrinciples(c.principles, doc.principles!.data);
      const got = r.principles!.commitment;
      assert.equal(got.made.count, a.commitment.made.count);
      assert.equal(got.kept.count, a.commitment.kept.count);
      assert.equal(got.made.met, a.commitment.made.met);
      assert.equal(got.kept.met, a.commitment.kept.met);
      assert.equal(got.summary, describeCommitment(a, { locale }));
      assert.equal(r.principles!.items.length, c.principles.principles.length);
      assert.equal(r.principles!.inPlace, a.progress.inPlace);
      const rejected = r.principles!.proposals.filter((p) => p.decision === 'rejected');
      assert.ok(rejected.length && rejected.every((p) => p.reason), 'each refusal keeps its reason');
      const groupIds = new Set((doc.groups ?? []).map((g) => g.id));
      assert.ok(
        r.principles!.proposals.every((p) => !groupIds.has(p.proposedBy)),
        'groups by their names',
      );
    });

    test('the report is plain JSON: it survives a round trip unchanged', () => {
      assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
    });
  });
}

describe('report options and edge cases', () => {
  test('a part whose config is not given, or is another config, is left out', () => {
    const doc = fixtures.fr;
    const r = buildReport(doc, { configs: { atp: defaultAtpConfig('fr'), principles: defaultPrinciplesConfig('en') } });
    assert.equal(r.selfAssessment, undefined);
    assert.ok(r.representation);
    const other = { ...defaultPrinciplesConfig('fr'), id: 'other-principles' };
    assert.equal(buildReport(doc, { configs: { principles: other } }).principles, undefined);
    assert.deepEqual(
      r.cover.contents.map((x) => x.part),
      ['atp', 'principles'],
    );
  });

  test('each plan lists the actions decided, with owner, due date, state, the items answered and the result', () => {
    const input = copy(fullJson) as typeof fullJson & { atp: { data: Record<string, unknown> } };
    input.atp.data['actions'] = [
      {
        id: 'action-1',
        plan: 'objectives',
        text: 'Plan de formation commun',
        owner: 'DRH du groupement',
        due: '2027-03-31',
        state: 'done',
        items: [
          { group: 'providers', item: 'item-2', text: 'Accès à de nouvelles compétences et ressources' },
          { group: 'providers', item: 'gone', text: 'Un item supprimé depuis' },
        ],
        evaluation: { effect: 'better', note: 'Deux sessions communes' },
      },
      { id: 'action-2', plan: 'risks', text: 'Comité de suivi', state: 'todo', items: [] },
    ];
    const r = report('fr', project(input));
    const [objectives, risks, charter] = r.representation!.plans;
    assert.deepEqual(objectives!.actions, [
      {
        text: 'Plan de formation commun',
        owner: 'DRH du groupement',
        due: '2027-03-31',
        state: 'Réalisée',
        answers: [
          'Offreurs de service › Accès à de nouvelles compétences et ressources',
          'Offreurs de service › Un item supprimé depuis (élément supprimé de la grille)',
        ],
        result: 'Mieux — Deux sessions communes',
      },
    ]);
    assert.deepEqual(risks!.actions, [{ text: 'Comité de suivi', state: 'À faire', answers: [] }]);
    assert.deepEqual(charter!.actions, []);
    assert.deepEqual(
      report('fr').representation!.plans.map((p) => p.actions.length),
      [0, 0, 0],
      'a grid with no action decided',
    );
  });

  test('a project with no part gives a cover only, named after its id', () => {
    const r = buildReport(project({ format: 'coop-project/1', id: 'empty-one' }), {
      generatedAt: '2026-01-01T00:00:00.000Z',
    });
    assert.equal(r.cover.title, reportText('fr').reportUntitled('empty-one'));
    assert.equal(
      buildReport(project({ format: 'coop-project/1', id: 'x' }), { locale: 'en' }).cover.title,
      reportText('en').reportUntitled('x'),
    );
    assert.deepEqual(Object.keys(r).sort(), ['cover', 'format', 'generatedAt', 'locale']);
  });

  test('partners and participants are the caller’s, groups named from the project', () => {
    const r = report('fr', fixtures.fr, {
      partners: ['CH Nord', 'EHPAD du Lac'],
      participants: { staff: 4, elsewhere: 2 },
    });
    assert.deepEqual(r.cover.partners, ['CH Nord', 'EHPAD du Lac']);
    assert.deepEqual(r.cover.participants, [
      { group: 'Personnels', count: 4 },
      { group: 'elsewhere', count: 2 },
    ]);
  });

  test('untrusted text is kept as typed (the views escape it, never the data)', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const input = copy(fullJson) as typeof fullJson;
    input.title = hostile;
    input.principles.data.proposals[0]!.text = hostile;
    const r = report('fr', project(input));
    assert.equal(r.cover.title, hostile);
    assert.equal(r.principles!.proposals[0]!.text, hostile);
  });

  test('building a report changes nothing in the project', () => {
    const doc = project(fullJson);
    const before = copy(doc);
    report('fr', doc);
    assert.deepEqual(doc, before);
  });
});

describe('changes since the previous report', () => {
  test('the same project twice: nothing changed', () => {
    const previous = report('fr');
    const r = report('fr', fixtures.fr, { previous, generatedAt: '2026-04-01T00:00:00.000Z' });
    assert.deepEqual(r.changes, { since: previous.generatedAt, items: [] });
  });

  test('a proposal carried out and an answer raised show as before → after', () => {
    const previous = report('en');
    const input = copy(fullEnJson) as typeof fullEnJson;
    const proposal = input.principles.data.proposals.find((p) => p.decision === 'accepted' && !p.done)!;
    proposal.done = true;
    const answers = input.questionnaire.responses.answers as Record<string, { value: unknown }>;
    for (const a of Object.values(answers)) if (typeof a.value === 'number') a.value = 3;
    const r = report('en', project(input), { previous });
    const keys = r.changes!.items.map((x) => x.key);
    assert.ok(keys.includes('score'), 'the global score');
    assert.ok(keys.includes('commitment:kept'), 'the commitment kept');
    assert.ok(!keys.includes('commitment:made'), 'the commitment made did not change');
    const kept = r.changes!.items.find((x) => x.key === 'commitment:kept')!;
    const n = previous.principles!.commitment.proposals;
    assert.deepEqual(
      [kept.before, kept.after],
      [
        `${previous.principles!.commitment.kept.count} / ${n}`,
        `${previous.principles!.commitment.kept.count + 1} / ${n}`,
      ],
    );
  });

  test('a part missing on one side shows as absent, never as zero', () => {
    const previous = buildReport(fixtures.fr, { configs: { atp: defaultAtpConfig('fr') } });
    const r = report('fr', fixtures.fr, { previous });
    const score = r.changes!.items.find((x) => x.key === 'score')!;
    assert.equal(score.before, reportText('fr').reportChangeAbsent);
    assert.ok(!r.changes!.items.some((x) => x.key.startsWith('posture:')), 'postures unchanged');
  });
});

describe('report strings', () => {
  test('French and English have the same keys, of the same kinds, and a site’s overrides of the same kind win', () => {
    const kinds = (o: object) => Object.entries(o).map(([k, v]) => [k, typeof v]);
    assert.deepEqual(kinds(getReportStrings('en')), kinds(getReportStrings('fr')));
    const s = getReportStrings('fr', { reportTitle: 'Bilan', reportGeneratedOn: 3 as unknown as () => string });
    assert.equal(s.reportTitle, 'Bilan');
    assert.equal(typeof s.reportGeneratedOn, 'function', 'an override of the wrong kind is ignored');
    const r = report('fr', fixtures.fr, { strings: { reportUntitled: (id: string) => `Projet « ${id} »` } });
    assert.equal(r.cover.title, fixtures.fr.title, 'a title wins over the untitled name');
  });

  test('French typography: a narrow no-break space before ; : ! ? in French', () => {
    for (const [key, value] of Object.entries(getReportStrings('fr'))) {
      const text = typeof value === 'function' ? String((value as (...a: unknown[]) => string)('x', 2, 'y')) : value;
      assert.doesNotMatch(text, /[^\u202f][;:!?](\s|$)/u, key);
    }
  });

  test('the library’s defaults are never called ANAP’s', () => {
    assert.match(getReportStrings('fr').reportOurs, /non des règles de l’ANAP/);
    assert.match(getReportStrings('en').reportOurs, /not ANAP’s rules/);
  });
});
