// Text read from each kind of filed file, made here in the test (no binaries checked in).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extractText } from '../../electron/imports/fileJobs';

describe('text extraction', () => {
  it('reads a .docx: paragraphs in order, runs joined, table cells, entities decoded', async () => {
    const doc = new Document({
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun('支部坚持'), new TextRun({ text: '“三会一课”', bold: true }), new TextRun('制度')] }),
          new Paragraph('党员 <学习> & 讨论'),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('应到人数')] }), new TableCell({ children: [new Paragraph('18')] })] })] }),
        ],
      }],
    });
    const r = await extractText('制度.docx', await Packer.toBuffer(doc));
    assert.equal(r.text, '支部坚持“三会一课”制度\n党员 <学习> & 讨论\n应到人数\n18');
    assert.equal(r.pages, 1); // no page count recorded: estimated on the GB/T 9704 page
  });

  it('takes the page count Word recorded in docProps/app.xml', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('正文')] }] })));
    zip.file('docProps/app.xml', '<?xml version="1.0"?><Properties><Pages>7</Pages></Properties>');
    const r = await extractText('报告.docx', await zip.generateAsync({ type: 'nodebuffer' }));
    assert.deepEqual(r, { text: '正文', pages: 7 });
  });

  it('reads a .xlsx: sheet names, shared strings, inline strings and numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党员统计');
    ws.addRow(['信息工程系党总支', 58, '正式党员']);
    ws.addRow(['机电工程系党总支', 36]);
    const r = await extractText('统计.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    for (const part of ['党员统计', '信息工程系党总支', '机电工程系党总支', '正式党员', '58', '36']) assert.ok(r.text.includes(part), `${part} in ${r.text}`);
    assert.equal(r.pages, null);
  });

  it('reads a text-based .pdf page by page and counts its pages', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    pdf.addPage().drawText('Branch work plan 2026', { x: 50, y: 700, font, size: 12 });
    pdf.addPage().drawText('Study session every month', { x: 50, y: 700, font, size: 12 });
    const r = await extractText('plan.pdf', Buffer.from(await pdf.save()));
    assert.equal(r.pages, 2);
    assert.match(r.text, /Branch work plan 2026\s+Study session every month/);
  });

  it('gives images one page and no text, and a damaged file no text rather than an error', async () => {
    assert.deepEqual(await extractText('合影.PNG', Buffer.from('89504e470d0a1a0a', 'hex')), { text: '', pages: 1 });
    assert.deepEqual(await extractText('坏.docx', Buffer.from('not a zip')), { text: '', pages: null });
    assert.deepEqual(await extractText('坏.pdf', Buffer.from('%PDF-1.4 broken')), { text: '', pages: null });
  });
});
