import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useCan, useUser } from '../api/session';
import { useT } from '../i18n/i18n';
import { buildMenu, MENU_PATHS, menuKeyFor, MY_RECORD_KEY } from './nav';
import { AppHeader } from './AppHeader';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { BRAND_GOLD } from '../theme';

const { Sider, Content } = Layout;

function Brand({ collapsed }: { collapsed: boolean }) {
  const t = useT();
  return (
    <div style={{ height: 56, display: 'flex', alignItems: 'center', gap: 10, padding: collapsed ? '0 24px' : '0 20px', borderBottom: '1px solid #303030' }}>
      <span style={{ color: BRAND_GOLD, fontSize: 22, lineHeight: 1 }} aria-hidden>
        ★
      </span>
      {!collapsed && (
        <div style={{ lineHeight: 1.15 }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 17, letterSpacing: 0.3 }}>
            {t('app.name')}
          </Typography.Text>
          <div style={{ color: '#8c8c8c', fontSize: 11 }}>{t('app.shortTagline')}</div>
        </div>
      )}
    </div>
  );
}

/** The signed-in frame: side menu by abilities (a drawer on phones and small tablets), header, and the current screen. */
export function AppLayout() {
  const t = useT();
  const can = useCan();
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  // Below antd's "lg" (992 px) the menu folds into a drawer opened from the header.
  const narrow = Grid.useBreakpoint().lg === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const ownRecordPath = user.personId ? `/people/${user.personId}/record` : null;

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[ownRecordPath && location.pathname === ownRecordPath ? MY_RECORD_KEY : menuKeyFor(location.pathname)]}
      defaultOpenKeys={['records']}
      items={buildMenu(t, can, !!user.personId)}
      onClick={({ key }) => {
        const path = key === MY_RECORD_KEY ? ownRecordPath : MENU_PATHS[key];
        if (path) navigate(path);
        setDrawerOpen(false);
      }}
      data-testid="side-menu"
    />
  );

  return (
    <Layout style={{ minHeight: '100vh', background: '#1f1f1f' }}>
      {narrow ? (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={300}
          closable={false}
          styles={{ body: { padding: 0, background: '#001529' }, header: { display: 'none' } }}
          rootClassName="vd-menu-drawer"
        >
          <Brand collapsed={false} />
          {menu}
        </Drawer>
      ) : (
        <Sider
          collapsible
          collapsed={collapsed}
          trigger={null}
          width={300}
          theme="dark"
          style={{ position: 'sticky', top: 0, height: '100vh', overflowY: 'auto' }}
        >
          <Brand collapsed={collapsed} />
          {menu}
        </Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <AppHeader
          onChangePassword={() => setChangingPassword(true)}
          narrow={narrow}
          menuCollapsed={narrow ? !drawerOpen : collapsed}
          onToggleMenu={() => (narrow ? setDrawerOpen((o) => !o) : setCollapsed((c) => !c))}
        />
        <Content className="vd-content">
          <Outlet />
        </Content>
      </Layout>
      <ChangePasswordDialog
        open={changingPassword || user.mustChangePassword}
        forced={user.mustChangePassword}
        onClose={() => setChangingPassword(false)}
      />
    </Layout>
  );
}
