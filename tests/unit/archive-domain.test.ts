// 档案 rules without a database: 文号 normalisation, 件号 order, search terms and snippets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { catalogOrder, ftsQuery, highlight, searchTerms, snippetParts, MARK_CLOSE, MARK_OPEN, type CatalogKey } from '../../electron/domain/archive';
import { normalizeWenhao } from '../../electron/domain/wenhao';

const value = (raw: string) => {
  const r = normalizeWenhao(raw);
  return r.ok ? r.value : `ERR ${r.message}`;
};

describe('文号 normalisation', () => {
  it('stores every way a clerk types the year bracket with 〔〕', () => {
    for (const typed of ['党委[2026]5号', '党委(2026)5号', '党委（2026）5号', '党委【2026】5号', '党委〔2026〕5号', '党委［2026］5号', '党委﹝2026﹞5号', ' 党委 〔 2026 〕 5号 ']) {
      assert.equal(value(typed), '党委〔2026〕5号', typed);
    }
  });

  it('drops 第 and leading zeros from the serial and reads full-width digits (GB/T 9704 §7.2.4)', () => {
    assert.equal(value('娄职院委函〔2012〕第03号'), '娄职院委函〔2012〕3号');
    assert.equal(value('市教工委（２０２６）１２号'), '市教工委〔2026〕12号');
    assert.equal(value('党委[2026]10号'), '党委〔2026〕10号');
  });

  it('reports the year it carries', () => {
    const r = normalizeWenhao('娄职院委函(2012)3号');
    assert.deepEqual(r, { ok: true, value: '娄职院委函〔2012〕3号', year: 2012 });
  });

  it('refuses what is not a 文号, saying how to write one', () => {
    for (const bad of ['党委2026年5号', '〔2026〕5号', '党委〔2026〕', '党委〔26〕5号', '党委〔2026〕五号', '党委〔2026〕〔2026〕5号']) {
      const r = normalizeWenhao(bad);
      assert.equal(r.ok, false, bad);
      if (!r.ok) assert.match(r.message, /文号应写成“机关代字〔年份〕序号号”/);
    }
    assert.equal(normalizeWenhao('  ').ok, false);
  });
});

describe('件号 order', () => {
  const cats = ['上级来文', '本级发文', '方案', '总结', '会议记录', '制度', '照片', '其他'];
  const k = (id: number, retention: CatalogKey['retention'], category: string, date: string | null): CatalogKey => ({ id, retention, category, date });

  it('numbers a year by retention 永久→30年→10年, then category in list order, then date, then filing order', () => {
    const docs = [
      k(1, '10年', '上级来文', '2026-01-05'),
      k(2, '永久', '制度', '2026-03-01'),
      k(3, '永久', '本级发文', '2026-06-28'),
      k(4, '30年', '方案', '2026-03-05'),
      k(5, '永久', '本级发文', '2026-02-01'),
      k(6, '永久', '会议记录', '2026-01-09'),
      k(7, '30年', '照片', '2026-04-15'),
      k(8, '永久', '本级发文', '2026-02-01'),
    ];
    assert.deepEqual(catalogOrder(docs, cats).map((d) => [d.pieceNo, d.id]), [[1, 5], [2, 8], [3, 3], [4, 6], [5, 2], [6, 4], [7, 7], [8, 1]]);
  });

  it('follows the clerk’s category order and puts categories no longer listed last, undated last within their group', () => {
    const docs = [k(1, '永久', '总结', '2026-01-01'), k(2, '永久', '党费', '2026-01-01'), k(3, '永久', '会议记录', null), k(4, '永久', '会议记录', '2026-12-31')];
    assert.deepEqual(catalogOrder(docs, ['会议记录', '总结']).map((d) => d.id), [4, 3, 1, 2]);
  });
});

describe('search terms and snippets', () => {
  it('sends 3+ character terms to the trigram index and keeps shorter ones for the title fallback', () => {
    assert.deepEqual(searchTerms(' 主题党日  党费 规 '), { long: ['主题党日'], short: ['党费', '规'] });
    assert.deepEqual(searchTerms(''), { long: [], short: [] });
  });

  it('reads a 文号 typed with [ ] 【 】 ( ) （ ） around the year as the stored 〔 〕 form', () => {
    for (const q of ['院党委[2026]12号', '院党委【2026】12号', '院党委(2026)12号', '院党委（２０２６）12号', '院党委〔2026〕12号']) {
      assert.deepEqual(searchTerms(q), { long: ['院党委〔2026〕12号'], short: [] }, q);
    }
  });

  it('quotes each term as a phrase, doubling quotes, so FTS5 syntax in a query is only text', () => {
    assert.equal(ftsQuery(['三会一课', 'a"b OR c']), '"三会一课" AND "a""b OR c"');
  });

  it('splits snippet() output at its markers, folding line breaks', () => {
    assert.deepEqual(snippetParts(`…开展${MARK_OPEN}主题党日${MARK_CLOSE}活动\n组织…`), [
      { text: '…开展', hit: false },
      { text: '主题党日', hit: true },
      { text: '活动 组织…', hit: false },
    ]);
  });

  it('highlights every occurrence of short terms in a title', () => {
    assert.deepEqual(highlight('党费收缴与党费使用', ['党费']), [
      { text: '党费', hit: true },
      { text: '收缴与', hit: false },
      { text: '党费', hit: true },
      { text: '使用', hit: false },
    ]);
  });
});
