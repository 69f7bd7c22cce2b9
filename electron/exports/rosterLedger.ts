// 党员花名册 ledger.
import type { MemberRow } from '../model/members';
import { ledgerSheet, writeLedger, type LedgerColumn, type LedgerMeta } from './ledgerKit';

export type RosterLedgerOptions = { title: string };

export function rosterColumns(): LedgerColumn<MemberRow>[] {
  return [
    { header: '姓名', width: 8, value: (m) => m.name },
    { header: '性别', width: 4, value: (m) => m.gender },
    { header: '民族', width: 6, value: (m) => m.ethnicity },
    { header: '出生日期', width: 11, value: (m) => m.birthDate },
    { header: '公民身份号码', width: 20, value: (m) => m.idNumber, personal: 'idNumber' },
    { header: '籍贯', width: 10, value: (m) => m.nativePlace, align: 'left' },
    { header: '学历', width: 8, value: (m) => m.education },
    { header: '学位', width: 6, value: (m) => m.degree },
    { header: '职务/职称', width: 14, value: (m) => m.title, align: 'left' },
    { header: '人员类别', width: 7, value: (m) => m.personCategory },
    // Students' 学号, so a 学时 sheet keyed by 学号 can be checked against the printed roster.
    { header: '学号', width: 11, value: (m) => m.studentNo },
    { header: '党员类别', width: 8, value: (m) => m.memberType },
    { header: '入党时间', width: 11, value: (m) => m.joinedOn },
    { header: '转正时间', width: 11, value: (m) => m.confirmedOn },
    { header: '所在支部', width: 18, value: (m) => m.orgName, align: 'left' },
    { header: '联系电话', width: 12, value: (m) => m.phone, personal: 'phone' },
    { header: '状态', width: 7, value: (m) => (m.status === '在册' ? '在册' : `${m.status}${m.statusDate ? `（${m.statusDate}）` : ''}`) },
    { header: '备注', width: 14, value: (m) => m.notes, align: 'left' },
  ];
}

export function rosterLedger(meta: LedgerMeta, rows: Iterable<MemberRow>, opts: RosterLedgerOptions): Promise<Buffer> {
  return writeLedger(meta, [ledgerSheet({ name: '党员花名册', title: opts.title, columns: rosterColumns(), rows })]);
}
