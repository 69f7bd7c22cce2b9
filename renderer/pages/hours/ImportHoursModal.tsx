import { call } from '../../api';
import { ImportModal, type ImportKind } from '../../components/ImportModal';

const HOURS_IMPORT: ImportKind = {
  title: '导入学时（Excel .xlsx）',
  hint: '每行一条学时记录，需要有“日期”“学时”两列和“身份证号”“学号”或“姓名”（签到表可按“学号”，或“姓名”加“所在支部”匹配），最好还有“学习内容”和“学习形式”。按花名册匹配党员；导入前会先检查，不会直接写入。',
  preview: (f) => call('hours.previewImport', f),
  commit: (f, validOnly) => call('hours.import', { ...f, validOnly }),
  template: () => call('hours.importTemplate', {}),
  issues: (f) => call('hours.importIssues', f),
  done: (r, validOnly) => `导入学时记录 ${r.imported} 条${validOnly && r.errors.length ? `；有错误的 ${new Set(r.errors.map((e) => e.row)).size} 行未导入` : ''}。`,
};

export function ImportHoursModal(props: { open: boolean; onClose: () => void; onDone: () => void }) {
  return <ImportModal kind={HOURS_IMPORT} {...props} />;
}
