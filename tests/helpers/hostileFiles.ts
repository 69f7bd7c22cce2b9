// Crafted hostile files, built in the test (no binaries checked in): zip packages written by
// hand so their headers can lie, deflate streams of gigabytes built from repeated flushed blocks
// (never held inflated in the test), tag floods, and a PDF whose pages share one huge stream.
import { Document, Packer, Paragraph } from 'docx';
import zlib from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { inflatePart, zipParts } from '../../electron/imports/zipParts';

export type RawEntry = { name: string; data: Buffer; method: 0 | 8; declaredSize: number; crc?: number };

/** A zip written field by field, with whatever sizes the entries declare. */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x800, 6); // names in UTF-8
    head.writeUInt16LE(e.method, 8);
    head.writeUInt32LE(e.crc ?? 0, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.declaredSize, 22);
    head.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** An honest deflated entry. */
export function deflated(name: string, text: string | Buffer): RawEntry {
  const data = Buffer.from(text);
  return { name, data: zlib.deflateRawSync(data), method: 8, declaredSize: data.length, crc: zlib.crc32(data) };
}

/**
 * A raw deflate stream of `head`, then `unit` repeated `times` times, then `tail`, and its
 * inflated length: each piece is compressed on its own and ends on a full flush (no
 * back-references across pieces), so pieces concatenate; a final empty block ends the stream.
 */
export function repeatedDeflate(head: string, unit: Buffer, times: number, tail: string): { data: Buffer; size: number } {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const block = zlib.deflateRawSync(unit, flush);
  const parts = [zlib.deflateRawSync(Buffer.from(head), flush), ...Array.from({ length: times }, () => block), zlib.deflateRawSync(Buffer.from(tail), flush), Buffer.from([0x03, 0x00])];
  return { data: Buffer.concat(parts), size: Buffer.byteLength(head) + unit.length * times + Buffer.byteLength(tail) };
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The smallest workbook Excel and exceljs open: one sheet named 花名册 (about 1 KB zipped). */
const MINIMAL_XLSX: [string, string][] = [
  ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
  ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`],
  ['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
];

/** A minimal workbook whose sheet (and any other part) is given by `replace`, as the entries declare it. */
export function xlsxWith(replace: RawEntry[]): Buffer {
  const own = MINIMAL_XLSX.filter(([n]) => !replace.some((r) => r.name === n)).map(([n, d]) => deflated(n, d));
  return rawZip([...own, ...replace]);
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

/** About 2 KB: a sheet of `<c <c <c …` (the input that made the old cell regex cubic). */
export function tagFloodXlsx(): Buffer {
  return xlsxWith([deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c ${'<c '.repeat(300_000)}`)]);
}

/** A sheet nesting 200,000 elements inside one cell. */
export function deepNestingXlsx(): Buffer {
  return xlsxWith([deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is>${'<r>'.repeat(200_000)}`)]);
}

const MB = 1024 * 1024;

/** About 1 MB: a sheet that inflates to 1 GiB of zeros while the zip declares 1,000 bytes (or `declared`). */
export function declaredSizeLieXlsx(declared = 1000): Buffer {
  const z = repeatedDeflate('', Buffer.alloc(MB), 1024, '');
  return xlsxWith([{ name: 'xl/worksheets/sheet1.xml', data: z.data, method: 8, declaredSize: declared }]);
}

/** sharedStrings.xml of 400 MB of short strings, its size declared as `declared` (the truth by default). */
export function sharedStringsBombXlsx(declared?: number): Buffer {
  const unit = Buffer.from('<si><t>党员</t></si>'.repeat(MB / 32));
  const times = Math.ceil((400 * MB) / unit.length);
  const z = repeatedDeflate('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', unit, times, '</sst>');
  return xlsxWith([{ name: 'xl/sharedStrings.xml', data: z.data, method: 8, declaredSize: declared ?? z.size }]);
}

/** A roster sheet of `rows` real rows under a header (name, ID number, branch), every size honest. */
export function bigRosterXlsx(rows: number): Promise<Buffer> {
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>身份证号</t></is></c><c r="C1" t="inlineStr"><is><t>所在支部</t></is></c></row>';
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  let size = 0;
  const write = (s: string) => {
    const b = Buffer.from(s);
    size += b.length;
    deflate.write(b);
  };
  write(SHEET_HEAD + header);
  for (let r = 2; r <= rows + 1; r += 1000) {
    let block = '';
    for (let i = r; i < Math.min(r + 1000, rows + 2); i++) {
      block += `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>党员${i}</t></is></c><c r="B${i}" t="inlineStr"><is><t>43010219900307${String(i % 10000).padStart(4, '0')}</t></is></c><c r="C${i}" t="inlineStr"><is><t>第一党支部</t></is></c></row>`;
    }
    write(block);
  }
  write(SHEET_TAIL);
  return new Promise((resolve) => {
    deflate.end(() => resolve(xlsxWith([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(chunks), method: 8, declaredSize: size }])));
  });
}

/** About 1.2 MB: a .docx whose document.xml inflates to 400 MB of paragraphs, its size declared as `declared` (the truth by default). */
export async function docxBomb(declared?: number): Promise<Buffer> {
  const real = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('正文')] }] }));
  const own = [...zipParts(real).values()].filter((p) => p.name !== 'word/document.xml').map((p) => deflated(p.name, inflatePart(p, 1 << 24)));
  const unit = Buffer.from('<w:p><w:r><w:t>支部党员大会</w:t></w:r></w:p>'.repeat(MB / 64));
  const times = Math.ceil((400 * MB) / unit.length);
  const z = repeatedDeflate('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>', unit, times, '</w:body></w:document>');
  return rawZip([...own, { name: 'word/document.xml', data: z.data, method: 8, declaredSize: declared ?? z.size }]);
}

/** Ten pages drawing from one shared content stream of 20 MB of path operators. */
export async function sharedStreamPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const ops = Buffer.from('0 0 m 10 10 l S\n'.repeat((20 * MB) / 16));
  const ref = pdf.context.register(pdf.context.flateStream(ops));
  for (let i = 0; i < 10; i++) pdf.addPage().node.set(PDFName.of('Contents'), ref);
  return Buffer.from(await pdf.save());
}
