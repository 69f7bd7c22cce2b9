import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import {
  body,
  chineseDate,
  DEFAULT_FONTS,
  type DocBlock,
  docTitle,
  heading1,
  heading2,
  placeholder,
  signature,
  simpleTable,
  writeDocument,
} from '../../electron/exports/docKit';

const TWIPS_PER_MM = 1440 / 25.4;
const CHECKER = path.resolve(__dirname, '../../../shared/tools/office-check');
const PROSE = '学院党委坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，扎实推进基层党组织标准化规范化建设。';

/** A typical yearly report: title, headings, body, a table, a placeholder and the signature. */
function sampleReport(): DocBlock[] {
  return [
    docTitle('中共某某学院委员会\n关于2026年度基层党建工作情况的报告'),
    body('校党委组织部：'),
    body(PROSE),
    heading1('一、主要工作开展情况'),
    heading2('（一）加强组织建设'),
    body(`1.规范“三会一课”。${PROSE}`),
    body(`（1）全年召开支部党员大会48次。${PROSE}`),
    simpleTable(['序号', '党支部', '党员数'], [[1, '信息工程系教工党支部', 32], [2, '机关党支部', 21]], { widths: [15, 60, 25] }),
    heading1('二、存在的问题'),
    placeholder('请在此补充存在的主要问题'),
    body(PROSE),
    ...signature('中共某某学院委员会', '2026-11-23'),
  ];
}

type Para = { xml: string; text: string };

function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map(([p]) => ({
    xml: p,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

function find(paras: Para[], start: string): Para {
  const p = paras.find((x) => x.text.startsWith(start));
  assert.ok(p, `no paragraph starting "${start}"`);
  return p;
}

function attr(xml: string, element: string, name: string): number {
  const m = new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="(-?\\d+)"`).exec(xml);
  assert.ok(m, `no w:${element}/@w:${name}`);
  return Number(m[1]);
}

async function unzip(bytes: Buffer): Promise<(name: string) => Promise<string>> {
  const zip = await JSZip.loadAsync(bytes);
  return async (name) => {
    const f = zip.file(name);
    assert.ok(f, `${name} missing from the docx`);
    return f.async('string');
  };
}

describe('chineseDate', () => {
  it('writes dates in Arabic numerals without leading zeros', () => {
    assert.equal(chineseDate('2012-04-10'), '2012年4月10日');
    assert.equal(chineseDate('2026-11-23'), '2026年11月23日');
  });

  it('refuses what is not a real ISO date', () => {
    for (const bad of ['2012-02-30', '2012/4/10', '2012-4-10', '']) assert.throws(() => chineseDate(bad), RangeError);
  });
});

describe('GB/T 9704 report kit', () => {
  let dir = '';
  let file = '';
  let read: (name: string) => Promise<string>;
  let paras: Para[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockit-'));
    file = path.join(dir, 'report.docx');
    const bytes = await writeDocument(sampleReport(), { title: '2026年度基层党建工作情况的报告' });
    fs.writeFileSync(file, bytes);
    read = await unzip(bytes);
    paras = paragraphs(await read('word/document.xml'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints on A4 with the 37/28/26/35 mm margins of a 156 × 225 mm type area', async () => {
    const sect = /<w:sectPr>.*<\/w:sectPr>/s.exec(await read('word/document.xml'))?.[0] ?? '';
    assert.equal(attr(sect, 'pgSz', 'w'), 11906);
    assert.equal(attr(sect, 'pgSz', 'h'), 16838);
    for (const [side, mm] of [['top', 37], ['left', 28], ['right', 26], ['bottom', 35]] as const) {
      assert.ok(Math.abs(attr(sect, 'pgMar', side) - mm * TWIPS_PER_MM) < 1, `${side} margin`);
    }
  });

  it('sets the title in 2号 小标宋, centred, with both lines', () => {
    const title = paras[0]!;
    assert.equal(title.text, '中共某某学院委员会关于2026年度基层党建工作情况的报告');
    assert.match(title.xml, /<w:br\/>/);
    assert.match(title.xml, /<w:jc w:val="center"\/>/);
    assert.match(title.xml, /w:eastAsia="方正小标宋简体"/);
    assert.equal(attr(title.xml, 'sz', 'val'), 44);
  });

  it('defaults unstyled text to 3号 仿宋_GB2312 on exact 28.95 pt lines, 28 characters a line', async () => {
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(await read('word/styles.xml'))?.[0] ?? '';
    assert.match(defaults, /w:eastAsia="仿宋_GB2312"/);
    assert.equal(attr(defaults, 'sz', 'val'), 32);
    assert.equal(attr(defaults, 'spacing', 'line'), 579);
    assert.match(defaults, /w:lineRule="exact"/);
    // 28 characters of 16 pt less the tightening fit in 156 mm.
    const pitch = 320 + attr(defaults, 'spacing', 'val');
    assert.ok(28 * pitch <= 156 * TWIPS_PER_MM && 29 * pitch > 156 * TWIPS_PER_MM);
  });

  it('indents body text two characters and sets headings in 黑体 and 楷体_GB2312', () => {
    const prose = find(paras, '学院党委坚持');
    assert.match(prose.xml, /w:eastAsia="仿宋_GB2312"/);
    assert.ok(Math.abs(attr(prose.xml, 'ind', 'firstLine') - 640) <= 20);
    assert.match(find(paras, '一、主要').xml, /w:eastAsia="黑体"/);
    assert.match(find(paras, '（一）').xml, /w:eastAsia="楷体_GB2312"/);
    assert.match(find(paras, '1.规范').xml, /w:eastAsia="仿宋_GB2312"/);
    for (const h of ['一、主要', '（一）']) assert.match(find(paras, h).xml, /<w:keepNext\/>/);
  });

  it('numbers pages "— N —" in 4号 宋体, odd pages right and even pages left', async () => {
    const doc = await read('word/document.xml');
    const settings = await read('word/settings.xml');
    assert.match(settings, /<w:evenAndOddHeaders\/>/);
    const rels = await read('word/_rels/document.xml.rels');
    const footer = async (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      if (!target) throw new Error(`no ${type} footer`);
      return read(`word/${target}`);
    };
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const xml = await footer(type);
      assert.ok(xml.includes('— ') && xml.includes(' —'), `${type} footer frames the number in dashes`);
      assert.match(xml, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
      assert.match(xml, new RegExp(`<w:jc w:val="${side}"/>`));
      assert.match(xml, /w:eastAsia="宋体"/);
      assert.equal(attr(xml, 'sz', 'val'), 28);
    }
  });

  it('draws tables bordered with a bold repeated header, centred single-spaced cells and given widths', async () => {
    const doc = await read('word/document.xml');
    const tbl = /<w:tbl>.*<\/w:tbl>/s.exec(doc)?.[0] ?? '';
    assert.match(tbl, /<w:tblBorders>.*<w:insideV w:val="single"/s);
    assert.match(tbl, /<w:tblHeader\/>/);
    const cells = paragraphs(tbl);
    assert.deepEqual(cells.map((c) => c.text), ['序号', '党支部', '党员数', '1', '信息工程系教工党支部', '32', '2', '机关党支部', '21']);
    assert.match(cells[0]!.xml, /<w:b\/>/);
    assert.doesNotMatch(cells[3]!.xml, /<w:b\/>/);
    for (const c of cells) {
      assert.match(c.xml, /<w:jc w:val="center"\/>/);
      assert.match(c.xml, /w:line="240" w:lineRule="auto"/);
    }
    const cols = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const total = cols.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(total - 156 * TWIPS_PER_MM) < TWIPS_PER_MM, 'the table spans the type area');
    assert.deepEqual(cols.map((c) => Math.round((c / total) * 100)), [15, 60, 25]);
  });

  it('refuses a table whose rows or widths do not match its header', () => {
    assert.throws(() => simpleTable(['姓名', '支部'], [['李建国']]), RangeError);
    assert.throws(() => simpleTable(['姓名', '支部'], [], { widths: [100] }), RangeError);
  });

  it('marks prose the clerk must write in yellow brackets', () => {
    const p = find(paras, '【请在此补充');
    assert.equal(p.text, '【请在此补充存在的主要问题】');
    assert.match(p.xml, /<w:highlight w:val="yellow"\/>/);
  });

  it('signs with the unit and an Arabic date, right-aligned in two lines', () => {
    const [unit, date] = paras.slice(-2) as [Para, Para];
    assert.deepEqual([unit.text, date.text], ['中共某某学院委员会', '2026年11月23日']);
    for (const p of [unit, date]) assert.match(p.xml, /<w:jc w:val="right"\/>/);
    // The date starts two characters right of the unit's start; here both end two characters in.
    assert.ok(attr(unit.xml, 'ind', 'right') > 600);
    assert.throws(() => signature('中共某某学院委员会', '2026年11月23日'), RangeError);
  });

  it('keeps the closing block with the text before it, and only that', () => {
    const keeps = (p: Para) => /<w:keepNext\/>/.test(p.xml);
    const [before, unit, date] = paras.slice(-3) as [Para, Para, Para];
    assert.equal(before.text.startsWith('学院党委坚持'), true);
    assert.deepEqual([keeps(before), keeps(unit), keeps(date)], [true, true, false]);
    // Body text further up may break across pages as usual.
    assert.equal(keeps(find(paras, '1.规范')), false);
  });

  it('keeps a 主持人/记录人 line under the minutes it closes', async () => {
    const ps = paragraphs(await (await unzip(await writeDocument([docTitle('会议记录'), body(PROSE), body(PROSE), body('主持人：张三    记录人：李四')])))('word/document.xml'));
    assert.deepEqual(ps.slice(-3).map((p) => /<w:keepNext\/>/.test(p.xml)), [false, true, false]);
  });

  it('takes replacement fonts for offices without the GB2312 faces', async () => {
    assert.equal(DEFAULT_FONTS.body, '仿宋_GB2312');
    const fonts = { body: '仿宋', heading1: '方正黑体_GBK', pageNumber: 'SimSun' };
    const bytes = await writeDocument([docTitle('通知', fonts), heading1('一、事项', fonts), body('正文', fonts)], { fonts });
    const get = await unzip(bytes);
    const styles = await get('word/styles.xml');
    assert.match(styles, /<w:docDefaults>.*w:eastAsia="仿宋".*<\/w:docDefaults>/s);
    const ps = paragraphs(await get('word/document.xml'));
    assert.match(find(ps, '通知').xml, /w:eastAsia="方正小标宋简体"/);
    assert.match(find(ps, '一、事项').xml, /w:eastAsia="方正黑体_GBK"/);
    assert.match(find(ps, '正文').xml, /w:eastAsia="仿宋"/);
    assert.match(await get('word/footer1.xml'), /w:eastAsia="SimSun"/);
  });

  it('passes the office checker with no findings', (t) => {
    if (!fs.existsSync(CHECKER)) {
      t.skip(`${CHECKER} not present`);
      return;
    }
    const r = spawnSync('python3', [CHECKER, 'docx', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, `office-check:\n${r.stdout}${r.stderr}`);
    assert.match(r.stdout, / 0 finding\(s\)/);
  });
});
