// The interface speaks Chinese only: 操作记录 names every method that writes, every audited table and
// action through the glossary; refusals name the field and what it needs; backups have Chinese names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contract } from '../../electron/api/contract';
import { AUDIT_ACTION_LABEL, AUDIT_TABLE_LABEL, auditMethodLabel, backupDisplayName } from '../../electron/domain/glossary';
import { tempApi } from '../helpers/tmp';

const latin = /[A-Za-z]/;

describe('the audit viewer’s words', () => {
  it('names every writing method in Chinese, with its area', () => {
    const writers = Object.entries(contract).filter(([, d]) => d.write).map(([m]) => m);
    assert.ok(writers.length > 50);
    for (const m of writers) {
      const label = auditMethodLabel(m, 'some-new-action');
      assert.doesNotMatch(label, latin, m);
      assert.notEqual(label, '修改', `${m} has no area name`);
    }
    assert.equal(auditMethodLabel('seed', 'seed'), '生成示例数据');
    assert.equal(auditMethodLabel('recycle.restore', 'restore'), '回收站：恢复');
    assert.equal(auditMethodLabel('backups.restore', 'restore'), '从备份恢复');
    assert.equal(auditMethodLabel('cli.reset-password', 'password-removed'), '命令行清除应用密码');
  });

  it('names the tables and actions a real day of work leaves in the log', async () => {
    const t = tempApi();
    try {
      const { seed } = await import('../../electron/seed/seed');
      seed(t.db, 'demo', t.now);
      const c = (await t.api.call('orgs.tree', {}))[0]!;
      await t.api.call('orgs.rename', { id: c.id, name: '改名后的党委', onDate: '2026-11-01' });
      const rows = t.db.prepare('SELECT DISTINCT table_name AS t, action AS a FROM audit_log').all() as { t: string; a: string }[];
      for (const r of rows) {
        assert.ok(AUDIT_TABLE_LABEL[r.t], `table ${r.t}`);
        assert.ok(AUDIT_ACTION_LABEL[r.a], `action ${r.a}`);
      }
    } finally {
      t.cleanup();
    }
  });

  it('says what a missing or mistyped field needs in Chinese, naming the field', async () => {
    const t = tempApi();
    try {
      const r = await t.api.invoke('members.save', { name: '张三', phone: 13800000000 } as never);
      assert.equal(r.ok ? '' : r.error.message, '输入有误。公民身份号码：请填写；党员类别：请选择；所在支部：请填写；联系电话：应为文字');
      assert.doesNotMatch(r.ok ? '' : r.error.message, latin);
    } finally {
      t.cleanup();
    }
  });

  it('shows backup files by Chinese names', () => {
    assert.equal(backupDisplayName('daily-20261127-081500.sqlite3'), '每日自动-20261127-081500.sqlite3');
    assert.equal(backupDisplayName('monthly-202611.sqlite3'), '每月-202611.sqlite3');
    assert.equal(backupDisplayName('手动-20261127-081500.sqlite3'), '手动-20261127-081500.sqlite3');
  });
});
