import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excelSerialToIso, formatChineseDate, parseChineseDate } from '../../electron/domain/dates';
import { checkIdNumber, idCheckChar } from '../../electron/domain/idNumber';
import { cleanText, normalizeIdNumber, normalizeName, toHalfWidth } from '../../electron/domain/normalize';
import { nameInitials } from '../../electron/domain/pinyin';
import { canPlaceUnder, guessCategory } from '../../electron/domain/orgTree';

describe('公民身份号码 (GB 11643)', () => {
  it('accepts the standard example and reads birth date and gender', () => {
    const r = checkIdNumber('11010519491231002X');
    assert.deepEqual(r, { ok: true, idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: '女' });
  });
  it('computes check characters including X', () => {
    assert.equal(idCheckChar('11010519491231002'), 'X');
    assert.equal(idCheckChar('44052418800101001'), '4');
  });
  it('rejects a wrong check digit and says which it should be', () => {
    const r = checkIdNumber('110105194912310021');
    assert.equal(r.ok, false);
    assert.match((r as { message: string }).message, /末位应为X/);
  });
  it('rejects wrong lengths, old 15-digit numbers, letters and impossible birth dates', () => {
    assert.match((checkIdNumber('1101051949123100') as { message: string }).message, /18位.*16位/);
    assert.match((checkIdNumber('110105491231002') as { message: string }).message, /15位旧身份证号/);
    assert.match((checkIdNumber('11010519491231A02X') as { message: string }).message, /只能由数字/);
    assert.match((checkIdNumber('110105194902300028') as { message: string }).message, /1949-02-30 不存在/);
  });
});

describe('dates as typed in China', () => {
  const ok = (s: string) => {
    const r = parseChineseDate(s);
    assert.ok(r.ok, `${s}: ${JSON.stringify(r)}`);
    return r.value;
  };
  it('parses full dates in every common form', () => {
    for (const s of ['2012-03-01', '2012/3/1', '2012.3.1', '2012年3月1日', '20120301', '２０１２．３．１', ' 2012 - 03 - 01 ']) {
      assert.equal(ok(s), '2012-03-01', s);
    }
  });
  it('keeps month precision as YYYY-MM', () => {
    for (const s of ['2012.03', '2012年3月', '2012-3', '201203', '2012/03']) assert.equal(ok(s), '2012-03', s);
  });
  it('rejects impossible dates with the text that was typed', () => {
    for (const s of ['2012-02-30', '2011.2.29', '2012.13', '2012年0月', '2012-04-31']) {
      const r = parseChineseDate(s);
      assert.equal(r.ok, false, s);
    }
    assert.match((parseChineseDate('2012.02.30') as { message: string }).message, /“2012\.02\.30”不存在/);
    assert.equal(ok('2012-02-29'), '2012-02-29');
  });
  it('rejects text that is no date', () => {
    assert.match((parseChineseDate('去年七月') as { message: string }).message, /无法识别日期/);
  });
  it('converts Excel serial days', () => {
    assert.equal(excelSerialToIso(40969), '2012-03-01');
    assert.equal(excelSerialToIso(0), null);
  });
  it('formats dates in Chinese with Arabic numerals', () => {
    assert.equal(formatChineseDate('2012-04-10'), '2012年4月10日');
    assert.equal(formatChineseDate('2012-04'), '2012年4月');
  });
});

describe('normalisation', () => {
  it('turns full-width digits and letters to half-width', () => {
    assert.equal(toHalfWidth('１２３ＡＢｃ'), '123ABc');
  });
  it('removes padding inside names', () => {
    assert.equal(normalizeName('王　芳'), '王芳');
    assert.equal(normalizeName('  李 建 国 '), '李建国');
    assert.equal(normalizeName('　'), null);
  });
  it('cleans ID numbers: full-width, spaces, lower-case x', () => {
    assert.equal(normalizeIdNumber('１１０１０５ 19491231002x'), '11010519491231002X');
    assert.equal(normalizeIdNumber("'11010519491231002X"), '11010519491231002X');
  });
  it('folds white space in free text', () => {
    assert.equal(cleanText('  软件  技术\n教工 '), '软件 技术 教工');
    assert.equal(cleanText('   '), null);
  });
});

describe('pinyin initials', () => {
  it('finds 李建国 as ljg and reads surnames correctly', () => {
    assert.equal(nameInitials('李建国'), 'ljg');
    assert.equal(nameInitials('曾强'), 'zq'); // 曾 as a surname is zeng, not ceng
    assert.equal(nameInitials('单雪'), 'sx'); // 单 as a surname is shan
  });
});

describe('organisation tree rules', () => {
  it('allows 党委 → 党总支 / 直属党支部 → 党支部 → 党小组 only', () => {
    assert.ok(canPlaceUnder('committee', null));
    assert.ok(canPlaceUnder('general_branch', 'committee'));
    assert.ok(canPlaceUnder('branch', 'committee'));
    assert.ok(canPlaceUnder('branch', 'general_branch'));
    assert.ok(canPlaceUnder('group', 'branch'));
    assert.ok(!canPlaceUnder('group', 'general_branch'));
    assert.ok(!canPlaceUnder('general_branch', 'general_branch'));
    assert.ok(!canPlaceUnder('branch', null));
  });
  it('guesses a branch category from its name', () => {
    assert.equal(guessCategory('软件技术教工党支部'), '教职工');
    assert.equal(guessCategory('学生第一党支部'), '学生');
    assert.equal(guessCategory('离退休党支部'), '离退休');
    assert.equal(guessCategory('第三党支部'), null);
  });
});
