import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { awardRoundProblems, bandFor, combinedTotal, excellentLimit, excellentLimitProblem, satisfactionRate, sheetProblems, sheetTotal, topBandShare, type AwardRoundFacts } from '../../electron/domain/cycle';
import { cycleRules, DEFAULT_CYCLE_RULES, DEFAULT_GRADING, describeBands, FOUR_LEVEL_BANDS } from '../../electron/domain/cycleRules';

const items = DEFAULT_GRADING.items;
const full = (score: number) => Object.fromEntries(items.map((i) => [i.id, score]));

describe('分类定级 scores and bands', () => {
  it('sums the five items, caps each at its weight, and waits for every item', () => {
    assert.equal(sheetTotal(items, full(18)), 90);
    assert.equal(sheetTotal(items, { ...full(20), leadership: 25 }), 100);
    assert.equal(sheetTotal(items, { ...full(18), feedback: null }), null);
    assert.deepEqual(sheetProblems(items, { ...full(18), leadership: 25, extra: 3 }), ['“领导班子好”的得分应在 0 到 20 分之间（填的是 25）', '评分表中没有“extra”这一项']);
  });

  it('combines self 40% and superior 60% and finds the band, highest first', () => {
    assert.equal(combinedTotal(95, 88, DEFAULT_GRADING), 90.8);
    assert.equal(combinedTotal(95, null, DEFAULT_GRADING), null);
    assert.equal(bandFor(90, DEFAULT_GRADING.bands), '先进');
    assert.equal(bandFor(89.9, DEFAULT_GRADING.bands), '一般');
    assert.equal(bandFor(75, DEFAULT_GRADING.bands), '一般');
    assert.equal(bandFor(74.9, DEFAULT_GRADING.bands), '后进');
    assert.equal(bandFor(85, FOUR_LEVEL_BANDS), '较好');
    assert.equal(bandFor(null, DEFAULT_GRADING.bands), null);
  });

  it('reports the 先进 share against the target', () => {
    assert.deepEqual(topBandShare(['先进', '先进', '一般', null], DEFAULT_GRADING.bands), { top: '先进', count: 2, graded: 3, percent: 66.7 });
    assert.equal(topBandShare([null], DEFAULT_GRADING.bands).percent, null);
  });

  it('keeps weights and bands as data, refusing sets that do not add up', () => {
    assert.equal(DEFAULT_CYCLE_RULES.grading.selfWeight + DEFAULT_CYCLE_RULES.grading.superiorWeight, 100);
    assert.match(DEFAULT_CYCLE_RULES.grading.items[1]!.wording['学生'] ?? '', /比理想看责任、比学习看成绩/);
    const bad = cycleRules.safeParse({ grading: { ...DEFAULT_GRADING, selfWeight: 50 } });
    assert.equal(bad.success, false);
    assert.match(JSON.stringify(bad.error?.issues), /权重合计应为100%/);
    // A stored set from before a field existed still parses, with the default for it.
    assert.deepEqual(cycleRules.parse({ ratingScale: ['优', '良', '中', '差'] }).grading, DEFAULT_GRADING);
  });
});

describe('the one-third limit on 优秀', () => {
  it('allows 3 of 9 and 3 of 10, not 4 of 9, and names the branch and numbers', () => {
    assert.equal(excellentLimit(9, 1 / 3), 3);
    assert.equal(excellentLimit(10, 1 / 3), 3);
    assert.equal(excellentLimit(12, 1 / 3), 4);
    assert.equal(excellentLimit(2, 1 / 3), 0);
    assert.equal(excellentLimitProblem('软件教工党支部', 9, 3, 1 / 3), null);
    assert.equal(
      excellentLimitProblem('软件教工党支部', 9, 4, 1 / 3),
      '软件教工党支部共有党员 9 名，评为优秀的不能超过三分之一（最多 3 名），现在是 4 名。如经批准超出，请填写批准情况',
    );
  });
});

describe('满意度', () => {
  it('counts 满意 and 基本满意 as satisfied, to one decimal', () => {
    assert.equal(satisfactionRate({ satisfied: 80, basic: 15, dissatisfied: 5 }), 95);
    assert.equal(satisfactionRate({ satisfied: 1, basic: 1, dissatisfied: 1 }), 66.7);
    assert.equal(satisfactionRate({ satisfied: 0, basic: 0, dissatisfied: 0 }), null);
  });
});

describe('finalising an award round (两推三评两个公开)', () => {
  const complete: AwardRoundFacts = {
    quota: 2,
    criteriaPublishedOn: '2026-05-10',
    publicityFrom: '2026-06-20',
    publicityTo: '2026-06-26',
    decidedOn: '2026-06-28',
    nominees: [
      { name: '张伟', byOrg: true, byMasses: false, orgAssessment: '考核优秀', massRating: 96, leaderComment: '师德高尚', shortlisted: true },
      { name: '李娜', byOrg: false, byMasses: true, orgAssessment: '考核良好', massRating: 91, leaderComment: '业务扎实', shortlisted: true },
      { name: '王强', byOrg: false, byMasses: true, orgAssessment: null, massRating: null, leaderComment: null, shortlisted: false },
    ],
  };

  it('has nothing left when every step is recorded', () => {
    assert.deepEqual(awardRoundProblems(complete), []);
  });

  it('names each missing step, the quota and the publicity period', () => {
    const n = complete.nominees;
    assert.deepEqual(
      awardRoundProblems({
        ...complete,
        criteriaPublishedOn: null,
        publicityTo: '2026-06-22',
        decidedOn: '2026-06-21',
        quota: 1,
        nominees: [{ ...n[0]!, leaderComment: null }, { ...n[1]!, byMasses: false }, n[2]!],
      }),
      [
        '评选条件和名额尚未公开（评选前公开）',
        '李娜：没有组织推荐或群众推荐（两推）',
        '张伟：缺少领导点评（三评）',
        '拟表彰对象 2 名，超过名额 1 名',
        '公示期只有 3 天，不少于 5 天',
        '表彰决定应在公示期结束之后',
      ],
    );
    assert.deepEqual(awardRoundProblems({ ...complete, publicityFrom: null, decidedOn: null, nominees: [] }), [
      '还没有推荐对象（组织推荐或群众推荐）',
      '还没有确定拟表彰对象',
      '尚未进行表彰前公示（两个公开）',
      '尚未填写表彰决定日期',
    ]);
  });
});

describe('the bands in words', () => {
  it('names the lowest band by the line above it: "75分以下为后进", not "0分以上为后进"', () => {
    assert.equal(describeBands(DEFAULT_GRADING.bands), '90分以上为先进，75分以上为一般，75分以下为后进');
    assert.equal(describeBands([{ min: 60, grade: '合格' }, { min: 85, grade: '优秀' }]), '85分以上为优秀，60分以上为合格');
  });
});
