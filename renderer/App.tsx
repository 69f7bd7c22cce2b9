import { ApartmentOutlined, BarChartOutlined, BookOutlined, FolderOpenOutlined, CalendarOutlined, DashboardOutlined, DeleteOutlined, SafetyOutlined, SettingOutlined, TeamOutlined, TrophyOutlined, UserAddOutlined } from '@ant-design/icons';
import { App as AntApp, ConfigProvider, Layout, Menu, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState, type ReactNode } from 'react';
import { AuditOutlined, MoneyCollectOutlined } from '@ant-design/icons';
import { AppGate } from './components/AppGate';
import { ArchivePage } from './pages/archive/ArchivePage';
import { BackupPage } from './pages/backup/BackupPage';
import { CyclePage } from './pages/cycle/CyclePage';
import { DashboardPage } from './pages/dashboard/DashboardPage';
import { DuesPage } from './pages/dues/DuesPage';
import { HoursPage } from './pages/hours/HoursPage';
import { MeetingsPage } from './pages/meetings/MeetingsPage';
import { OrgsPage } from './pages/orgs/OrgsPage';
import { RecruitsPage } from './pages/recruits/RecruitsPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { RecyclePage } from './pages/recycle/RecyclePage';
import { RectificationPage } from './pages/rectification/RectificationPage';
import { RosterPage } from './pages/roster/RosterPage';
import { SettingsPage } from './pages/settings/SettingsPage';

dayjs.locale('zh-cn');

type PageKey = 'dashboard' | 'orgs' | 'roster' | 'meetings' | 'hours' | 'rectification' | 'cycle' | 'recruits' | 'dues' | 'archive' | 'reports' | 'recycle' | 'backup' | 'settings';
const PAGES: { key: PageKey; label: string; icon: ReactNode; render: () => ReactNode }[] = [
  { key: 'dashboard', label: '工作台', icon: <DashboardOutlined />, render: () => <DashboardPage /> },
  { key: 'orgs', label: '组织架构', icon: <ApartmentOutlined />, render: () => <OrgsPage /> },
  { key: 'roster', label: '党员花名册', icon: <TeamOutlined />, render: () => <RosterPage /> },
  { key: 'meetings', label: '三会一课', icon: <CalendarOutlined />, render: () => <MeetingsPage /> },
  { key: 'hours', label: '学时管理', icon: <BookOutlined />, render: () => <HoursPage /> },
  { key: 'rectification', label: '整改与报送', icon: <AuditOutlined />, render: () => <RectificationPage /> },
  { key: 'cycle', label: '创先争优', icon: <TrophyOutlined />, render: () => <CyclePage /> },
  { key: 'recruits', label: '发展党员', icon: <UserAddOutlined />, render: () => <RecruitsPage /> },
  { key: 'dues', label: '党费管理', icon: <MoneyCollectOutlined />, render: () => <DuesPage /> },
  { key: 'archive', label: '档案管理', icon: <FolderOpenOutlined />, render: () => <ArchivePage /> },
  { key: 'reports', label: '报表中心', icon: <BarChartOutlined />, render: () => <ReportsPage /> },
  { key: 'recycle', label: '回收站', icon: <DeleteOutlined />, render: () => <RecyclePage /> },
  { key: 'backup', label: '备份与恢复', icon: <SafetyOutlined />, render: () => <BackupPage /> },
  { key: 'settings', label: '系统设置', icon: <SettingOutlined />, render: () => <SettingsPage /> },
];

function pageFromHash(): PageKey {
  const k = window.location.hash.replace(/^#\/?/, '');
  return PAGES.some((p) => p.key === k) ? (k as PageKey) : 'dashboard';
}

export function App() {
  const [page, setPage] = useState<PageKey>(pageFromHash);
  useEffect(() => {
    const on = () => setPage(pageFromHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const current = PAGES.find((p) => p.key === page)!;
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#c8161d', borderRadius: 4 } }}>
      <AntApp>
        <AppGate>
          <Layout style={{ minHeight: '100vh' }}>
            <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
              <Typography.Title level={4} style={{ color: '#c8161d', padding: '16px 24px', margin: 0 }}>
                党建台账
              </Typography.Title>
              <Menu
                mode="inline"
                selectedKeys={[page]}
                items={PAGES.map((p) => ({ key: p.key, icon: p.icon, label: p.label }))}
                onClick={({ key }) => {
                  window.location.hash = `/${key}`;
                }}
              />
            </Layout.Sider>
            <Layout.Content style={{ padding: 24, background: '#f5f5f5' }}>
              <Typography.Title level={3} style={{ marginTop: 0 }}>
                {current.label}
              </Typography.Title>
              {current.render()}
            </Layout.Content>
          </Layout>
        </AppGate>
      </AntApp>
    </ConfigProvider>
  );
}
