// The 口径 of every figure the app reports: who counts, as of which day, and what a period that has
// not ended shows. `basis` is the full 口径 (`stats --json` carries it); `note` is the clause a
// report's closing 统计口径 paragraph prints.
export const MEASURES = {
  asOf: { label: '统计日', basis: '当年12月31日；本年度尚未结束时为今天，各数字均截至该日。', note: '各数字截至统计日（本年度为今天）' },
  members: { label: '党员人数', basis: '统计日在册的党员（含预备党员）：入党时间和转入时间不晚于统计日，且未在统计日前转出、停止党籍、出党或去世；按现在所在的党组织计入。', note: '党员人数按统计日在册计，含预备党员' },
  membersAtStart: { label: '年初党员人数', basis: '上年12月31日在册的党员，口径同“党员人数”。', note: '年初人数按上年末在册计' },
  probationary: { label: '预备党员', basis: '统计日在册且尚未转正的党员（转正时间晚于统计日或没有转正时间的预备党员）。', note: '预备党员按统计日尚未转正计' },
  joined: { label: '新发展党员', basis: '当年成为预备党员的人数：以支部大会通过接收之日为准，发展党员记录已经上级批准的取其支部大会日期，否则取花名册的入党时间；同一人只计一次；转入的党员不计入。', note: '发展党员按支部大会接收之日计，两处记录中同一人只计一次，转入不计' },
  transferredIn: { label: '转入', basis: '当年从外单位转入的党员（花名册登记的转入时间在当年），不计入新发展党员。', note: '转入按转入时间计' },
  left: { label: '减少', basis: '当年离开花名册的党员，按状态（转出、停止党籍、出党、去世）和状态日期计。', note: '减少按离开花名册的日期计' },
  confirmed: { label: '预备党员转正', basis: '当年转正的人数：发展党员记录已批准转正的取其转正支部大会日期，否则取花名册的转正时间；同一人只计一次。', note: '转正按转正时间计，两处记录中同一人只计一次' },
  dateDisagreements: { label: '记录不一致', basis: '花名册与发展党员记录中同一人的入党时间或转正时间不同（或已接收的发展对象不在花名册中），逐人列出，不另行统计。', note: '两处记录日期不一致的逐人列出' },
  recruitment: { label: '发展党员工作', basis: '发展党员记录中递交入党申请、确定为入党积极分子、确定为发展对象的日期在当年的人数。', note: '申请、积极分子、发展对象按相应日期计' },
  meetingsHeld: { label: '召开会议', basis: '当年召开的会议（已删除的不计），按会议日期所在月份；尚未开始的月份不列出。', note: '会议按召开日期计，未开始的月份不列' },
  meetingRules: { label: '三会一课落实', basis: '每条规则按月、季或年逐期检查：应开展项次为已结束的期间×适用的党支部，已开展项次为其中达到规定次数的，完成率=已开展÷应开展（向下取一位小数）；尚未结束的期间单列为“进行中”，只报截至统计日已达到的党支部数；年度规则在达到规定次数后才算完成。', note: '三会一课完成率只计已结束的月、季，进行中的单列，年度规则达到规定次数才算完成' },
  branchesAllMet: { label: '各项要求全部完成的党支部', basis: '每条规则在已开始的每个期间（含年度规则和进行中的月、季）都已达到规定次数的党支部。', note: '“全部完成”指已开始的各期要求均已达到' },
  hoursPeriods: { label: '考核期学时', basis: '按考核期（季度或年度）统计，参加考核的是整个考核期都在册的党员；人均学时=学时之和÷参加考核人数，保留一位小数；考核期结束后才计未达标人数和达标率（向下取一位小数），进行中的考核期只报截至统计日的人均学时和已达到要求的人数。', note: '学时以整期在册的党员为考核对象，考核期结束后才计未达标人数和达标率' },
  averageHours: { label: '全年人均学时', basis: '当年在册过的党员全年学时之和÷人数，保留一位小数。', note: '全年人均学时以当年在册过的党员为基数' },
  hoursDistribution: { label: '全年学时分布', basis: '当年在册过的党员按全年学时分为五档（以全年要求的四分之一为一档）。', note: '学时分布以全年要求的四分之一为一档' },
  commitments: { label: '公开承诺', basis: '当年承诺活动中党支部和党员的承诺项数，已评诺的按评诺等次计。', note: '承诺按项计' },
  evaluations: { label: '民主评议党员', basis: '当年民主评议结果中各等次的人数。', note: '评议按等次计' },
  grading: { label: '分类定级', basis: '当年已定级的党支部按等次计；先进党支部占比=先进÷已定级党支部，保留一位小数，图表与文字用同一数值。', note: '先进占比以已定级党支部为基数，图表与文字同一数值' },
  awards: { label: '评选表彰', basis: '当年评选表彰项目；已确定结果的项目中，本范围内获表彰的组织和个人。', note: '表彰按已确定结果的项目计' },
  rectifications: { label: '整改事项', basis: '当年列入的整改事项按状态计；逾期=截止日期早于统计日仍未完成。', note: '逾期指截止日期已过仍未完成' },
  tasks: { label: '材料报送', basis: '当年上级布置的报送任务，每个应报送的党组织为一份次，按报送日期与截止日期比较。', note: '报送按每个应报送的党组织一份次计' },
  dues: { label: '党费收缴', basis: '应交、实交、欠交和收缴率只计已到期的月份（统计日所在月份之前、该党员应交党费的月份）；收缴率=（应交−欠交）÷应交，向下取一位小数；统计日所在月份单列为“本月”，为以后月份交的计为预交。', note: '党费应交、欠交和收缴率只计已到期的月份，本月单列' },
} as const;

export type MeasureKey = keyof typeof MEASURES;

/** The short 统计口径 paragraph closing a report: one clause for each kind of figure it prints. */
export function basisNote(keys: readonly MeasureKey[]): string {
  return `统计口径：${keys.map((k) => MEASURES[k].note).join('；')}。`;
}
