import { call } from '../../api';
import { ImportModal, type ImportKind } from '../../components/ImportModal';

const BASES_IMPORT: ImportKind = {
  title: '导入党费基数（Excel .xlsx）',
  hint: '每行一名党员，需要有“身份证号”“类别”（在职、离退休、学生）“月收入”三列，最好还有“姓名”和“起始月份”。按身份证号匹配花名册，姓名须一致；导入前会先检查，不会直接写入。',
  preview: (f) => call('dues.previewImport', f),
  commit: (f, validOnly) => call('dues.import', { ...f, validOnly }),
  template: () => call('dues.importTemplate', {}),
  issues: (f) => call('dues.importIssues', f),
  done: (r, validOnly) => `新登记基数 ${r.imported} 人，更正 ${r.updated} 人${validOnly && r.errors.length ? `；有错误的 ${new Set(r.errors.map((e) => e.row)).size} 行未导入` : ''}。`,
};

export function ImportBasesModal(props: { open: boolean; onClose: () => void; onDone: () => void }) {
  return <ImportModal kind={BASES_IMPORT} {...props} />;
}
