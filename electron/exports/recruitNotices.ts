// 发展对象公示 and 拟转正公示 for a branch (公示制, seed 003), on the GB/T 9704 kit.
import type { RecruitDetail } from '../model/recruits';
import { addMonths } from '../domain/recruitment';
import { body, chineseDate, docTitle, heading1, signature, simpleTable, writeDocument, type DocBlock } from './docKit';

export type NoticeKind = 'candidate' | 'confirmation';

export function recruitNotice(kind: NoticeKind, unit: string, branch: string, people: RecruitDetail[], from: string, to: string, contact: string | null, date: string, probationMonths = 12): Promise<Buffer> {
  const candidate = kind === 'candidate';
  const blocks: DocBlock[] = [docTitle(candidate ? `关于${branch}发展对象的公示` : `关于${branch}预备党员拟转正的公示`)];
  blocks.push(
    body(
      candidate
        ? `根据《中国共产党发展党员工作细则》和发展党员工作公示制的要求，经党支部研究，拟将以下${people.length}名同志列为发展对象，现予以公示。`
        : `根据《中国共产党发展党员工作细则》的要求，以下${people.length}名预备党员预备期已满或即将期满，经党支部研究，拟讨论其按期转为正式党员，现予以公示。`,
    ),
  );
  blocks.push(heading1(`一、${candidate ? '发展对象' : '拟转正预备党员'}名单`));
  blocks.push(
    candidate
      ? simpleTable(['序号', '姓名', '性别', '出生年月', '确定为积极分子'], people.map((p, i) => [i + 1, p.name, p.gender ?? '', (p.birthDate ?? '').slice(0, 7), p.activistOn ? chineseDate(p.activistOn) : '']), { widths: [12, 18, 12, 22, 36] })
      : simpleTable(['序号', '姓名', '性别', '接收为预备党员', '预备期满'], people.map((p, i) => [i + 1, p.name, p.gender ?? '', p.admissionMeetingOn ? chineseDate(p.admissionMeetingOn) : '', p.admissionMeetingOn ? chineseDate(addMonths(p.admissionMeetingOn, probationMonths + p.extensionMonths)) : '']), { widths: [12, 18, 12, 29, 29] }),
  );
  blocks.push(heading1('二、公示时间'));
  blocks.push(body(`${chineseDate(from)}至${chineseDate(to)}。`));
  blocks.push(heading1('三、意见反映方式'));
  blocks.push(body(`公示期间，如对公示对象有意见，请以书面或当面形式向${unit}反映${contact ? `（联系方式：${contact}）` : ''}。反映问题应实事求是，署真实姓名，以便核实。`));
  blocks.push(...signature(branch, date));
  return writeDocument(blocks, { title: candidate ? '发展对象公示' : '拟转正公示' });
}
