import { Button, Card, Col, Empty, Row, Space, Switch, Tree } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import { call } from '../../api';
import { buildOrgTree } from '../../components/orgTree';
import { useLoad } from '../../hooks';
import { OrgDetailPanel } from './OrgDetailPanel';
import { CreateOrgModal } from './OrgModals';

export function OrgsPage() {
  const [showDissolved, setShowDissolved] = useState(false);
  const tree = useLoad(() => call('orgs.tree', { includeDissolved: showDissolved }), [showDissolved]);
  const [selected, setSelected] = useState<number | null>(null);
  const [creatingRoot, setCreatingRoot] = useState(false);
  const nodes = useMemo(() => buildOrgTree(tree.data ?? []), [tree.data]);
  const hasCommittee = (tree.data ?? []).some((o) => o.kind === 'committee');
  const current = selected ?? nodes[0]?.org.id ?? null;

  return (
    <Row gutter={16}>
      <Col span={8}>
        <Card
          title="组织树"
          size="small"
          extra={
            <Space>
              <span>显示已撤销</span>
              <Switch size="small" checked={showDissolved} onChange={setShowDissolved} />
            </Space>
          }
        >
          {!tree.loading && !hasCommittee ? (
            <Empty description="还没有建立党委">
              <Button type="primary" onClick={() => setCreatingRoot(true)}>
                建立党委
              </Button>
            </Empty>
          ) : (
            nodes.length > 0 && (
              <Tree
                showLine
                defaultExpandAll
                key={`${tree.data?.length ?? 0}-${showDissolved}`}
                treeData={nodes}
                selectedKeys={current ? [current] : []}
                onSelect={(keys) => keys[0] !== undefined && setSelected(Number(keys[0]))}
                {...treeSize(tree.data?.length ?? 0)}
              />
            )
          )}
        </Card>
      </Col>
      <Col span={16}>
        {current && tree.data && (
          <OrgDetailPanel
            id={current}
            orgs={tree.data}
            onChanged={(focus) => {
              if (focus) setSelected(focus);
              tree.reload();
            }}
          />
        )}
      </Col>
      <CreateOrgModal
        open={creatingRoot}
        parent={null}
        onClose={() => setCreatingRoot(false)}
        onDone={(id) => {
          setSelected(id);
          tree.reload();
        }}
      />
    </Row>
  );
}

/**
 * A large 党委 (hundreds of branches) gets antd's virtual tree, which draws only the visible nodes;
 * a small one keeps the plain scrolling tree, where every node stays findable on the page.
 */
function treeSize(orgCount: number): { height?: number; style?: CSSProperties } {
  return orgCount > 100 ? { height: Math.max(320, Math.round(window.innerHeight * 0.7)) } : { style: { maxHeight: '70vh', overflow: 'auto' } };
}
