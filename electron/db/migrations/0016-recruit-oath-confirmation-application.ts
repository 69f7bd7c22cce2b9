import type { Migration } from './types';

// 入党宣誓时间 and 递交转正申请书时间: steps of the 发展党员 path that other systems' ledgers keep
// (the 中山大学 党员发展 system's export among them); without a field their columns went unread.
export const m0016: Migration = {
  version: 16,
  name: 'recruit-oath-confirmation-application',
  up: `
ALTER TABLE recruits ADD COLUMN oath_on TEXT;
ALTER TABLE recruits ADD COLUMN confirmation_applied_on TEXT;
`,
};
