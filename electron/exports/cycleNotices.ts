// Notices of the 创先争优 cycle on the GB/T 9704 kit: 拟表彰对象公示 for an award round and
// 分类定级结果通报 for a year. The figures come from the records; prose the clerk must add is marked.
import type { AwardRoundDetail } from '../model/awards';
import type { GradingSummary } from '../model/grading';
import { basisNote } from '../domain/measures';
import { body, chineseDate, docTitle, heading1, placeholder, signature, simpleTable, writeDocument, type DocBlock } from './docKit';

export function awardNotice(unit: string, d: AwardRoundDetail, date: string): Promise<Buffer> {
  const r = d.round;
  const shortlisted = d.nominees.filter((n) => n.shortlisted);
  const blocks: DocBlock[] = [docTitle(`关于${r.year}年度“${r.title}”拟表彰对象的公示`)];
  blocks.push(
    body(
      `根据${r.year}年度“${r.title}”评选工作安排，按照“两推三评两个公开”的程序，经组织推荐和群众推荐、组织考核、群众评议和领导点评，` +
        `${r.criteriaPublishedOn ? `评选条件和名额已于${chineseDate(r.criteriaPublishedOn)}公开，` : ''}现确定以下${shortlisted.length}${r.target === 'org' ? '个党组织' : '名同志'}为拟表彰对象，予以公示。`,
    ),
  );
  blocks.push(heading1(`一、拟表彰${r.target === 'org' ? '党组织' : '对象'}名单（共${shortlisted.length}${r.target === 'org' ? '个' : '名'}）`));
  blocks.push(
    r.target === 'org'
      ? simpleTable(['序号', '党组织名称'], shortlisted.map((n, i) => [i + 1, n.orgName]), { widths: [14, 86] })
      : simpleTable(['序号', '姓名', '所在党组织'], shortlisted.map((n, i) => [i + 1, n.name, n.orgName]), { widths: [14, 22, 64] }),
  );
  blocks.push(heading1('二、公示时间'));
  blocks.push(body(r.publicityFrom && r.publicityTo ? `${chineseDate(r.publicityFrom)}至${chineseDate(r.publicityTo)}。` : '【请填写公示起止日期。】'));
  blocks.push(heading1('三、意见反映方式'));
  blocks.push(
    body(
      `公示期间，如对拟表彰对象有不同意见，请以书面或当面形式向${unit}反映${r.contact ? `（联系方式：${r.contact}）` : ''}。` +
        '反映问题应实事求是，以单位名义反映的请加盖公章，以个人名义反映的请署真实姓名，以便核实。',
    ),
  );
  blocks.push(...signature(unit, r.publicityFrom ?? date));
  return writeDocument(blocks, { title: `${r.title}拟表彰对象公示` });
}

export function gradingNotice(unit: string, scope: string, s: GradingSummary, date: string): Promise<Buffer> {
  const graded = s.rows.filter((r) => r.grade !== null);
  const bands = [...s.rules.bands].sort((a, b) => b.min - a.min);
  const tally = bands.map((b) => `${b.grade}${graded.filter((r) => r.grade === b.grade).length}个`).join('，');
  const met = s.share.percent !== null && s.share.percent >= s.share.target * 100;
  const blocks: DocBlock[] = [docTitle(`关于${scope}${s.year}年度党支部分类定级结果的通报`)];
  blocks.push(
    body(
      `按照基层组织建设年活动的要求，${s.year}年度对${s.rows.length}个党支部对照“${s.rules.items.map((i) => i.name).join('、')}”开展了分类定级，` +
        `采取支部自评（占${s.rules.selfWeight}%）与上级评分（占${s.rules.superiorWeight}%）相结合的方式。现将结果通报如下。`,
    ),
  );
  blocks.push(heading1('一、总体情况'));
  blocks.push(
    body(
      `已定级党支部${graded.length}个，其中${tally}。${s.share.top}党支部占${s.share.percent ?? 0}%，` +
        `${met ? `达到` : `未达到`}${Math.round(s.share.target * 100)}%以上党支部达到“${s.share.top}”标准的目标。` +
        (s.rows.length > graded.length ? `尚有${s.rows.length - graded.length}个党支部未完成定级。` : ''),
    ),
  );
  blocks.push(heading1('二、各党支部定级结果'));
  blocks.push(simpleTable(['序号', '党支部', '综合得分', '等次'], graded.map((r, i) => [i + 1, r.orgName, r.total ?? '', r.grade ?? '']), { widths: [12, 58, 15, 15] }));
  const bottom = bands[bands.length - 1]?.grade;
  const weak = graded.filter((r) => r.grade === bottom);
  blocks.push(heading1('三、整改要求'));
  blocks.push(
    body(
      weak.length
        ? `定为“${bottom}”的${weak.map((r) => r.orgName).join('、')}，要认真查找问题，制定整改措施，明确责任人和完成时限，限期整改到位，整改情况报院党委组织部。`
        : `本年度没有定为“${bottom}”的党支部。各党支部要对照“五个好”标准巩固提高。`,
    ),
  );
  blocks.push(placeholder('【如需，请在此补充对先进党支部的表扬和下一步工作要求。】'));
  blocks.push(body(basisNote(['grading'])), ...signature(unit, date));
  return writeDocument(blocks, { title: `${s.year}年度分类定级结果通报` });
}
