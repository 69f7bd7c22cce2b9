import { call } from '../../api';
import { ImportModal, type ImportKind } from '../../components/ImportModal';

const RECRUITS_IMPORT: ImportKind = {
  title: '导入发展党员台账（Excel .xlsx）',
  hint:
    '一人一行：需要有“姓名”“身份证号”“所在支部”，以及各环节的日期列（如“申请入党时间”“确定为积极分子时间”“支部大会时间”“上级党委审批时间”），' +
    '入党介绍人可写一或两个姓名（按花名册匹配），表决情况写“应到会有表决权的正式党员数”和“赞成票数”。本软件导出的发展党员台账也可直接导入。' +
    '已有记录按身份证号更新，表中空白的单元格不会清除原有内容。导入前会先检查，不会直接写入。',
  preview: (f) => call('recruits.previewImport', f),
  commit: (f, validOnly) => call('recruits.import', { ...f, validOnly }),
  template: () => call('recruits.importTemplate', {}),
  issues: (f) => call('recruits.importIssues', f),
  done: (r, validOnly) => {
    const skipped = validOnly && r.errors.length ? `；有错误的 ${new Set(r.errors.map((e) => e.row)).size} 行未导入` : '';
    const found = 'findings' in r && Array.isArray(r.findings) ? r.findings.length : 0;
    return `新增 ${r.imported} 人，更新 ${r.updated} 人${skipped}。${found ? `逐人检查发现 ${found} 项问题，已筛出有问题的人。` : '逐人检查未发现问题。'}`;
  },
};

export function ImportRecruitsModal(props: { open: boolean; onClose: () => void; onDone: () => void }) {
  return <ImportModal kind={RECRUITS_IMPORT} {...props} />;
}
