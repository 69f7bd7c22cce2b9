// 归档文件目录 (DA/T 22 归档文件整理规则): one row per 件 in 件号 order, dates as eight digits as
// archivists write them; a second sheet lists the branches that filed no 制度 this year (seeds
// 000, 001: each branch keeps one or two working 制度), so the gap goes out with the catalogue.
import type { CatalogRow, CatalogView } from '../model/archive';
import { AMBER, ledgerSheet, writeLedger, type LedgerColumn, type LedgerMeta, type PreparedSheet } from './ledgerKit';

const COLUMNS: LedgerColumn<CatalogRow>[] = [
  { header: '件号', width: 6, value: (r) => r.pieceNo },
  { header: '责任者', width: 26, value: (r) => r.author, align: 'left' },
  { header: '文号', width: 20, value: (r) => r.wenhao },
  { header: '题名', width: 50, value: (r) => r.title, align: 'left' },
  { header: '日期', width: 10, value: (r) => (r.date ? r.date.replaceAll('-', '') : null) },
  { header: '页数', width: 6, value: (r) => r.pages },
  { header: '保管期限', width: 8, value: (r) => r.retention },
  { header: '类别', width: 10, value: (r) => r.category },
  { header: '备注', width: 24, value: (r) => r.remarks, align: 'left' },
];

type Missing = { name: string; note: string };
const MISSING: LedgerColumn<Missing>[] = [
  { header: '党支部', width: 36, value: (r) => r.name, align: 'left' },
  { header: '情况', width: 60, value: (r) => r.note, align: 'left' },
];

export function archiveCatalogLedger(meta: LedgerMeta, title: string, view: CatalogView): Promise<Buffer> {
  const sheets: PreparedSheet[] = [ledgerSheet({ name: '归档文件目录', title, columns: COLUMNS, rows: view.rows })];
  const missing = view.branchesWithoutRules.map((b) => ({ name: b.name, note: `${view.year}年度档案中没有“制度”类文件（每个支部应有一至两项行之有效的工作制度）` }));
  sheets.push(
    ledgerSheet({
      name: '未归档制度的支部',
      title: `${view.year}年度未归档工作制度的党支部（共${missing.length}个）`,
      columns: MISSING,
      rows: missing.length ? missing : [{ name: '（无）', note: '各党支部均已归档工作制度' }],
      highlight: () => (missing.length ? AMBER : null),
    }),
  );
  return writeLedger(meta, sheets);
}
