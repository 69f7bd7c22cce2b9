import { Card, List, Typography } from 'antd';
import type { EligibilityFinding } from '../../../electron/domain/eligibility';

/** 工作台: stored roles, honour nominees and 转正 dates that break an eligibility rule, each with its source. */
export function EligibilityCard({ findings }: { findings: EligibilityFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <Card title={`任职、表彰和转正资格不符（${findings.length}）`} size="small" style={{ marginTop: 16 }}>
      <List
        size="small"
        dataSource={findings.slice(0, 10)}
        renderItem={(f) => (
          <List.Item>
            {f.message}
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{f.source}</Typography.Text>
          </List.Item>
        )}
      />
      {findings.length > 10 && <Typography.Text type="secondary">另有 {findings.length - 10} 条，可在命令行运行 check 查看全部。</Typography.Text>}
    </Card>
  );
}
