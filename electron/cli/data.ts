// The data folder itself: set it up, fill it with the demo, back it up, restore it, check it.
import os from 'node:os';
import { z } from 'zod';
import { insertAudit } from '../db/audit';
import { writeBackupFile } from '../db/backupFile';
import { putSetting } from '../db/settings';
import { seed } from '../seed/seed';
import { seedArchive } from '../seed/seedArchive';
import { command } from './command';
import { json, oneOf, required, text } from './options';

/** A backup password comes from the environment, never the command line, where other users of the PC could see it. */
const backupPassword = () => process.env.DANGJIAN_BACKUP_PASSWORD || undefined;

export const DATA_COMMANDS = [
  command({
    path: ['init'],
    options: { committee: required('<名称>', '党委名称，如 某某学院党委', text(60)), json },
    usage: '在空的数据文件夹中建立党委（之后用 org add 建立党总支、党支部，或直接 import roster）',
    async run({ open, opts, io }) {
      const { id } = await open.api.call('orgs.create', { parentId: null, kind: 'committee', name: opts.committee });
      if (opts.json) io.out(JSON.stringify({ id, name: opts.committee }));
      else io.out(`已建立党委“${opts.committee}”（组织ID ${id}）。接下来可用 org add 建立党总支、党支部，或用 import roster 导入花名册。`);
      return 0;
    },
  }),
  command({
    path: ['seed'],
    options: { scale: required('demo|large', '示例数据的规模', oneOf(['demo', 'large'])) },
    usage: '写入示例数据（demo 约150名党员；large 600个支部、30000名党员）',
    async run({ open, opts, io }) {
      const r = seed(open.db, opts.scale);
      const a = await seedArchive(open.db, open.dataDir, opts.scale);
      io.out(`已写入示例数据：${r.orgs} 个组织，${r.members} 名党员，${r.meetings} 次会议，${r.hourEntries} 条学时记录，${a.documents} 件档案。`);
      return 0;
    },
  }),
  command({
    path: ['backup'],
    options: { out: required('<文件.djbak>', '备份文件', z.string().min(1)) },
    usage: '把数据库和全部附件备份为一个文件（如存到U盘）；设置了环境变量 DANGJIAN_BACKUP_PASSWORD 时用它加密',
    async run({ open, opts, io }) {
      const password = backupPassword();
      const r = await writeBackupFile(open.db, open.dataDir, opts.out, new Date(), password);
      io.out(`已备份到：${opts.out}（${(r.size / 1024 / 1024).toFixed(1)} MB，含附件 ${r.files} 个${password ? '，已用备份密码加密' : ''}）`);
      return 0;
    },
  }),
  command({
    path: ['restore'],
    args: [{ key: 'file', name: '备份文件', about: '要恢复的备份文件（.djbak）' }],
    options: {},
    usage: '从备份恢复（先在数据文件夹内检查全部内容，再自动备份当前数据，然后一次切换；加密的备份用 DANGJIAN_BACKUP_PASSWORD 解密）',
    async run({ open, args: { file }, io }) {
      const r = await open.restore(file, backupPassword());
      io.out(`已从 ${file} 恢复数据（数据版本 ${r.schemaVersion}，附件 ${r.attachments} 个）。恢复前的数据已备份为 backups/${r.safetyCopy}`);
      if (r.missingAttachments > 0) io.err(`注意：备份中缺少 ${r.missingAttachments} 个附件的文件，可用 check 查看是哪些。`);
      return 0;
    },
  }),
  command({
    path: ['check'],
    options: { json },
    usage: '检查数据库完整性、数据引用的每个附件是否都在且内容与保存时一致，并列出花名册与发展党员记录中入党、转正时间不一致的人',
    async run({ open, opts, io }) {
      await open.checkHealth();
      const health = await open.api.call('system.health', {});
      const good = health.newestGoodBackup;
      const r = health.ok
        ? await open.api.call('system.check', {})
        : { ok: false, problems: [`数据文件已损坏：${health.problem ?? ''}`, good ? `最近的正常备份：backups/${good.name}（可用 restore 恢复）` : '没有找到完好的备份'] };
      if (opts.json) io.out(JSON.stringify(r));
      else io.out(r.ok ? '检查通过：未发现问题。' : r.problems.map((p) => `问题：${p}`).join('\n'));
      return r.ok ? 0 : 1;
    },
  }),
  command({
    path: ['reset-password'],
    options: {},
    usage: '清除忘记的应用密码（需能访问数据文件夹，操作记入操作记录）',
    run({ open, io }) {
      // Whoever can reach the data folder can read the data anyway: the password guards the screen.
      open.db.transaction(() => {
        putSetting(open.db, 'password', null);
        insertAudit(open.db, new Date().toISOString(), 'cli.reset-password', { table: 'settings', recordId: null, action: 'password-removed' }, os.userInfo().username);
      })();
      io.out('已清除应用密码（数据未受影响）。请在“系统设置 → 应用密码”中重新设置。');
      return 0;
    },
  }),
];
