import { Avatar, Button, Dropdown, Layout, Space, Tag, Typography } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { useMe, useSignOut, useUser } from '../api/session';
import { useUnits } from '../api/units';
import { useI18n } from '../i18n/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';

/**
 * Agency, language, and the user's menu (roles, change password, sign out). On a phone (`narrow`)
 * the button opens the menu drawer and the name and roles move into the user's menu.
 */
export function AppHeader({
  onChangePassword,
  narrow,
  menuCollapsed,
  onToggleMenu,
}: {
  onChangePassword: () => void;
  narrow: boolean;
  menuCollapsed: boolean;
  onToggleMenu: () => void;
}) {
  const { t, codeLabel } = useI18n();
  const user = useUser();
  const me = useMe();
  const units = useUnits();
  const signOut = useSignOut();
  const unitName = (id: string | null) => (id ? units.data?.find((u) => u.id === id)?.name : undefined);
  const roleTexts = user.roles.map((r) => {
    const unit = unitName(r.unitId);
    return unit ? `${codeLabel('role', r.role)} — ${unit}` : codeLabel('role', r.role);
  });
  // An account named after its role ("Quản trị hệ thống") does not show the role twice.
  const roleLine = roleTexts.filter((text) => text !== user.displayName).join(', ');
  const toggleLabel = narrow ? t('header.openMenu') : menuCollapsed ? t('header.expandMenu') : t('header.collapseMenu');

  return (
    <Layout.Header className="vd-header" style={{ display: 'flex', alignItems: 'center', gap: narrow ? 8 : 16, borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: narrow ? 4 : 10 }}>
        <Button
          type="text"
          icon={narrow ? <MenuOutlined /> : menuCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggleMenu}
          aria-label={toggleLabel}
          aria-expanded={narrow ? !menuCollapsed : undefined}
          title={toggleLabel}
          style={{ flex: 'none' }}
          data-testid="menu-toggle"
        />
        <Typography.Text strong ellipsis style={{ fontSize: 15 }} data-testid="agency-name">
          {user.agencyName}
        </Typography.Text>
        {me.data?.mode === 'demo' && !narrow && <Tag color="gold">{t('app.demoMode')}</Tag>}
      </div>
      <NotificationBell />
      <LanguageSwitch />
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...(narrow ? [{ key: 'name', type: 'group' as const, label: user.displayName }] : []),
            { key: 'roles', type: 'group', label: t('header.roles'), children: roleTexts.map((text, i) => ({ key: `role-${i}`, label: text, disabled: true })) },
            { type: 'divider' },
            { key: 'password', icon: <KeyOutlined />, label: <span data-testid="menu-change-password">{t('header.changePassword')}</span> },
            { key: 'signout', icon: <LogoutOutlined />, label: <span data-testid="sign-out">{t('header.signOut')}</span> },
          ],
          onClick: ({ key }) => {
            if (key === 'password') onChangePassword();
            if (key === 'signout') signOut.mutate();
          },
        }}
      >
        <a onClick={(e) => e.preventDefault()} data-testid="user-menu" style={{ color: 'inherit' }}>
          <Space size={8}>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: '#a8071a' }} />
            <span style={narrow ? { display: 'none' } : { display: 'inline-flex', flexDirection: 'column', lineHeight: 1.2 }}>
              <Typography.Text strong data-testid="user-name">{user.displayName}</Typography.Text>
              {roleLine && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="user-roles">
                  {roleLine}
                </Typography.Text>
              )}
            </span>
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </a>
      </Dropdown>
    </Layout.Header>
  );
}
