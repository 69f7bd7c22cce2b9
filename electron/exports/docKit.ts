// The shared Word report kit: every report is a list of blocks handed to writeDocument, laid
// out per GB/T 9704-2012 (党政机关公文格式) so a clerk can print it without re-formatting.
// Runs carry their own font and size, so a block looks right whatever document it lands in;
// writeDocument sets the page, the document defaults and the "— N —" page numbers.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HighlightColor,
  type IParagraphOptions,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { formatChineseDate } from '../domain/dates';
import { isRealDate } from '../domain/idNumber';

export type DocBlock = Paragraph | Table;

/** Font names by role; offices lack some GB2312 faces, so each is replaceable (e.g. 仿宋 for 仿宋_GB2312). */
export type DocFonts = {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  pageNumber: string;
};

export const DEFAULT_FONTS: Readonly<DocFonts> = Object.freeze({
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
});

export type TableOptions = {
  /** Column widths in percent of the type area; scaled to sum to 100. Equal columns when omitted. */
  widths?: number[];
  fonts?: Partial<DocFonts>;
  /**
   * Text size in pt: 16 (3号) by default, as GB/T 9704 sets every element in 3号; 14 (4号) or
   * 12 (小四) for wide tables. office-check takes the body size as the most common size over every
   * paragraph with text, table cells included (its guard skips a paragraph that contains a table,
   * which none does), so a smaller table size fails its 3号 check wherever the cells outnumber
   * the body paragraphs: with 小四 tables, every report and all nine minutes of the demo did.
   */
  size?: number;
};

const mm = (v: number): number => Math.round((v * 1440) / 25.4);

// Sizes are in half-points, as docx and WordprocessingML take them.
const SIZE_TITLE = 44; // 2号
const SIZE_BODY = 32; // 3号
const SIZE_PAGE_NUMBER = 28; // 4号

const PAGE = { width: 11906, height: 16838 }; // A4 portrait
const MARGIN = { top: mm(37), left: mm(28), right: mm(210 - 28 - 156), bottom: mm(297 - 37 - 225) };
const TYPE_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
// 22 lines in the 225 mm type area: 579 twips (28.95 pt); 580 would leave room for only 21.
const LINES_PER_PAGE = 22;
const LINE = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / LINES_PER_PAGE);
// 28 characters across 156 mm need a pitch of 315.9 twips, a little under a 16 pt character,
// so every character is tightened by 5 twips (0.25 pt). Word's own way, a "linesAndChars"
// document grid, is laid out by LibreOffice at about 15 characters a line, so it is not used.
const CHARS_PER_LINE = 28;
const CHAR_SPACING = Math.floor(TYPE_WIDTH / CHARS_PER_LINE) - SIZE_BODY * 10;
const CHAR = SIZE_BODY * 10 + CHAR_SPACING; // one 3号 character on the line, for indents
// The page number's top sits 7 mm below the type area; Word measures the footer distance
// from the paper's edge to the footer's bottom, so take one 4号 line off.
const FOOTER_DISTANCE = mm(297 - 37 - 225 - 7) - SIZE_PAGE_NUMBER * 10;

const EXACT_LINE = { line: LINE, lineRule: LineRuleType.EXACT };
// Tables and footers use single spacing so many rows fit on a page.
const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

// A docx Paragraph cannot be changed once built, so the kit remembers how it built each one
// and its text: writeDocument rebuilds the lines around the closing block with keepNext.
const built = new WeakMap<Paragraph, { options: IParagraphOptions; text: string }>();

function paragraph(options: IParagraphOptions, text: string): Paragraph {
  const p = new Paragraph(options);
  built.set(p, { options, text });
  return p;
}

/** Defaults filled in; an empty override ("") keeps the default rather than naming no font. */
function resolveFonts(overrides?: Partial<DocFonts>): DocFonts {
  const out: DocFonts = { ...DEFAULT_FONTS };
  for (const key of Object.keys(DEFAULT_FONTS) as (keyof DocFonts)[]) {
    const name = overrides?.[key]?.trim();
    if (name) out[key] = name;
  }
  return out;
}

type Look = { font: string; size: number; bold?: boolean; highlight?: boolean };

// Name the face for every script: Word picks East Asian text's font from eastAsia, digits
// and Latin from ascii/hAnsi, and a report mixes both.
function run(text: string, look: Look, breakBefore = false): TextRun {
  return new TextRun({
    text,
    font: look.font,
    size: look.size,
    bold: look.bold,
    highlight: look.highlight ? HighlightColor.YELLOW : undefined,
    language: { eastAsia: 'zh-CN' },
    break: breakBefore ? 1 : undefined,
  });
}

/** "\n" in the text becomes a line break inside the same paragraph (a long title on two lines). */
function runs(text: string, look: Look): TextRun[] {
  return text.split('\n').map((line, i) => run(line, look, i > 0));
}

/** The title: 2号 小标宋, centred, one blank line before the body. */
export function docTitle(text: string, fonts?: Partial<DocFonts>): Paragraph {
  return paragraph(
    {
      children: runs(text, { font: resolveFonts(fonts).title, size: SIZE_TITLE }),
      alignment: AlignmentType.CENTER,
      spacing: { ...EXACT_LINE, after: LINE },
    },
    text,
  );
}

// Headings keep with the next paragraph so none is stranded at a page foot, and carry an
// outline level so Word's navigation pane lists them.
function heading(text: string, font: string, outlineLevel: number): Paragraph {
  return paragraph(
    { children: runs(text, { font, size: SIZE_BODY }), indent: { firstLine: 2 * CHAR }, keepNext: true, outlineLevel },
    text,
  );
}

/** A first-level heading such as "一、工作开展情况" in 黑体. */
export function heading1(text: string, fonts?: Partial<DocFonts>): Paragraph {
  return heading(text, resolveFonts(fonts).heading1, 0);
}

/** A second-level heading such as "（一）组织建设" in 楷体_GB2312. */
export function heading2(text: string, fonts?: Partial<DocFonts>): Paragraph {
  return heading(text, resolveFonts(fonts).heading2, 1);
}

/** Body text, indented two characters; third/fourth-level headings ("1." "（1）") are body text too. */
export function body(text: string, fonts?: Partial<DocFonts>): Paragraph {
  return paragraph(
    {
      children: runs(text, { font: resolveFonts(fonts).body, size: SIZE_BODY }),
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 2 * CHAR },
    },
    text,
  );
}

/** Prose the clerk must still write, highlighted yellow and bracketed so it cannot be printed unnoticed. */
export function placeholder(text: string, fonts?: Partial<DocFonts>): Paragraph {
  const marked = text.startsWith('【') ? text : `【${text}】`;
  return paragraph(
    {
      children: runs(marked, { font: resolveFonts(fonts).body, size: SIZE_BODY, highlight: true }),
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 2 * CHAR },
    },
    marked,
  );
}

/**
 * A picture (e.g. a chart as PNG) centred across the type area at `width` × `height` pixels of its
 * own, scaled to the type area's width, with a caption line below in the body face.
 */
export function figure(png: Buffer, size: { width: number; height: number }, caption: string, fonts?: Partial<DocFonts>): Paragraph[] {
  const px = Math.floor(((TYPE_WIDTH / 1440) * 96)); // type area in pixels at 96 dpi
  const h = Math.round((size.height * px) / size.width);
  return [
    paragraph(
      {
        children: [new ImageRun({ type: 'png', data: png, transformation: { width: px, height: h }, altText: { name: caption, title: caption, description: caption } })],
        alignment: AlignmentType.CENTER,
        spacing: SINGLE_LINE,
        keepNext: true,
      },
      '',
    ),
    paragraph({ children: runs(caption, { font: resolveFonts(fonts).body, size: SIZE_BODY }), alignment: AlignmentType.CENTER }, caption),
  ];
}

/** "2012-04-10" → "2012年4月10日": GB/T 9704-2012 writes dates in Arabic numerals without leading zeros. */
export function chineseDate(iso: string): string {
  if (!isRealDate(iso)) throw new RangeError(`不是有效日期：${iso}（应为 YYYY-MM-DD）`);
  return formatChineseDate(iso);
}

/** Width of text in 3号 characters: CJK is one, Latin letters and digits are half. */
function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return w;
}

/**
 * 署名 and 成文日期 as GB/T 9704-2012 7.3.5.2 lays them out without a seal: one blank line
 * after the text, the unit two characters from the right, the date starting two characters
 * right of the unit's start; a date longer than the unit pushes the unit left instead.
 */
export function signature(unit: string, isoDate: string, fonts?: Partial<DocFonts>): Paragraph[] {
  const date = chineseDate(isoDate);
  const u = widthInChars(unit);
  const d = widthInChars(date);
  const unitRight = Math.max(2, 4 + d - u);
  const dateRight = unitRight + u - 2 - d;
  const look = { font: resolveFonts(fonts).body, size: SIZE_BODY };
  const line = (text: string, rightChars: number, before: number) =>
    paragraph(
      {
        children: [run(text, look)],
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round(rightChars * CHAR) },
        spacing: { ...EXACT_LINE, before },
        keepNext: before > 0, // the unit stays on the page of its date
      },
      text,
    );
  return [line(unit, unitRight, LINE), line(date, dateRight, 0)];
}

/** Percentages to twips across the type area; the last column takes the rounding so the sum is exact. */
function columnTwips(count: number, widths?: number[]): number[] {
  const pct = widths ?? Array.from({ length: count }, () => 1);
  if (pct.length !== count) throw new RangeError(`表格有 ${count} 列，却给了 ${pct.length} 个列宽`);
  if (pct.some((w) => !(w > 0))) throw new RangeError('表格列宽必须大于 0');
  const total = pct.reduce((a, b) => a + b, 0);
  const twips = pct.map((w) => Math.floor((w / total) * TYPE_WIDTH));
  twips[count - 1] = TYPE_WIDTH - twips.slice(0, -1).reduce((a, b) => a + b, 0);
  return twips;
}

function cell(text: string, width: number, look: Look): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ children: runs(text, look), alignment: AlignmentType.CENTER, spacing: SINGLE_LINE }),
    ],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

/**
 * A bordered table across the type area: bold header row repeated on every printed page,
 * centred cells in the body face, rows kept whole across page breaks.
 */
export function simpleTable(headers: string[], rows: (string | number)[][], opts: TableOptions = {}): Table {
  const twips = columnTwips(headers.length, opts.widths);
  const look = { font: resolveFonts(opts.fonts).body, size: Math.round((opts.size ?? SIZE_BODY / 2) * 2) };
  rows.forEach((r, i) => {
    if (r.length !== headers.length) throw new RangeError(`表格第 ${i + 1} 行有 ${r.length} 格，表头有 ${headers.length} 列`);
  });
  const row = (values: (string | number)[], header: boolean) =>
    new TableRow({
      children: values.map((v, i) => cell(String(v), twips[i] ?? 0, { ...look, bold: header })),
      tableHeader: header,
      cantSplit: true,
    });
  return new Table({
    rows: [row(headers, true), ...rows.map((r) => row(r, false))],
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
  });
}

/** "— N —" in 4号 宋体, one character in from the outer edge: right on odd pages, left on even. */
function pageNumberFooter(side: 'odd' | 'even', font: string): Footer {
  const inset = SIZE_PAGE_NUMBER * 10;
  return new Footer({
    children: [
      new Paragraph({
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: SIZE_PAGE_NUMBER })],
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset } : { left: inset },
        spacing: SINGLE_LINE,
      }),
    ],
  });
}

// The closing block is what an office sees as the 落款: up to four short lines at the end
// (署名, 成文日期, 主持人/记录人). Yellow 【…】 prose is still to be written, so it is not closing.
const CLOSING_MAX_LINES = 4;
const CLOSING_MAX_CHARS = 40;

/** The blocks that print text, as office-check reads a document: tables and blank lines aside. */
function textLines(blocks: DocBlock[]): { index: number; text: string }[] {
  return blocks.flatMap((block, index) => {
    const text = block instanceof Paragraph ? built.get(block)?.text : undefined;
    return text ? [{ index, text }] : [];
  });
}

/**
 * The closing block and the paragraph before it keep with the next line, so a page break can
 * never leave the signature or the 主持人/记录人 line alone at the top of a page.
 */
export function keepClosingWithText(blocks: DocBlock[]): DocBlock[] {
  const lines = textLines(blocks);
  let start = lines.length;
  const isClosing = (text: string) => text.length <= CLOSING_MAX_CHARS && !text.startsWith('【');
  while (start > 0 && lines.length - start < CLOSING_MAX_LINES && isClosing(lines[start - 1]?.text ?? '【')) start -= 1;
  const before = lines[start - 1];
  const last = lines[lines.length - 1];
  if (start === lines.length || !before || !last) return blocks;
  return blocks.map((block, i) => {
    const info = block instanceof Paragraph ? built.get(block) : undefined;
    if (i < before.index || i >= last.index || !info || info.options.keepNext) return block;
    return paragraph({ ...info.options, keepNext: true }, info.text);
  });
}

/** The finished .docx: A4, GB/T 9704 margins, 22 lines of 28 characters, body defaults, odd/even page numbers. */
export async function writeDocument(
  blocks: DocBlock[],
  opts: { fonts?: Partial<DocFonts>; title?: string } = {},
): Promise<Buffer> {
  const fonts = resolveFonts(opts.fonts);
  const doc = new Document({
    creator: '党建台账',
    title: opts.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts.body, size: SIZE_BODY, characterSpacing: CHAR_SPACING, language: { eastAsia: 'zh-CN' } },
          paragraph: { spacing: EXACT_LINE },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: mm(15), footer: FOOTER_DISTANCE, gutter: 0 },
          },
          // No grid type, as LibreOffice snaps a 2号 title to two grid lines; the pitch is
          // kept so a clerk who turns on Word's line grid gets the same 22 lines.
          grid: { linePitch: LINE },
        },
        footers: {
          default: pageNumberFooter('odd', fonts.pageNumber),
          even: pageNumberFooter('even', fonts.pageNumber),
        },
        children: keepClosingWithText(blocks),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
