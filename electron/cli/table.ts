// Every command of the command line, in the order usage and README list them.
import { ARCHIVE_COMMANDS } from './archive';
import type { Command } from './command';
import { CYCLE_COMMANDS } from './cycle';
import { DATA_COMMANDS } from './data';
import { DUES_COMMANDS } from './dues';
import { EXPORT_COMMANDS } from './exports';
import { IMPORT_COMMANDS } from './imports';
import { MEETING_COMMANDS } from './meetings';
import { ORG_COMMANDS } from './orgs';
import { RECRUIT_COMMANDS } from './recruits';
import { RECTIFICATION_COMMANDS } from './rectification';
import { REPORT_COMMANDS } from './reports';

export const COMMANDS: readonly Command[] = [
  ...DATA_COMMANDS,
  ...ORG_COMMANDS,
  ...IMPORT_COMMANDS,
  ...ARCHIVE_COMMANDS,
  ...EXPORT_COMMANDS,
  ...MEETING_COMMANDS,
  ...CYCLE_COMMANDS,
  ...DUES_COMMANDS,
  ...RECRUIT_COMMANDS,
  ...RECTIFICATION_COMMANDS,
  ...REPORT_COMMANDS,
];

const names = COMMANDS.map((c) => c.path.join(' '));
const twice = names.find((n, i) => names.indexOf(n) !== i);
if (twice) throw new Error(`命令 ${twice} 定义了两次`);
