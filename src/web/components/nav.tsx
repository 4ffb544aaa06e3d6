import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  FormOutlined,
  BarChartOutlined,
  FlagOutlined,
  HistoryOutlined,
  MailOutlined,
  CalendarOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  FileSearchOutlined,
  CheckSquareOutlined,
  RiseOutlined,
  BulbOutlined,
  ExperimentOutlined,
  StarOutlined,
  StopOutlined,
  ControlOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import type { Ability } from '../api/abilities';
import type { MessageKey } from '../i18n/vi';

type T = (key: MessageKey) => string;
type Item = NonNullable<MenuProps['items']>[number];

/** Where each live menu entry leads. */
export const MENU_PATHS: Record<string, string> = {
  overview: '/',
  units: '/units',
  people: '/people',
  users: '/admin/users',
  audit: '/admin/audit',
  mail: '/admin/mail',
  calendar: '/admin/calendar',
  notifications: '/notifications',
  screening: '/screening',
  ratings: '/records/ratings',
  initiatives: '/records/initiatives',
  scienceTasks: '/records/science-tasks',
  awards: '/records/awards',
  discipline: '/records/discipline',
  attestations: '/records/attestations',
  regulation: '/settings/regulation',
  proposalRounds: '/proposals/rounds',
  proposalList: '/proposals',
  myProposals: '/proposals/mine',
};

/** Entries whose address depends on the user (their own record). */
export const MY_RECORD_KEY = 'myRecord';

/** Screens reached from a menu entry without being its address (the imports of each register). */
const SCREEN_OWNERS: Record<string, string> = {
  '/records/import/ratings': 'ratings',
  '/records/import/unit-ratings': 'ratings',
  '/records/import/awards': 'awards',
  '/records/import/initiatives': 'initiatives',
  '/records/import/disciplines': 'discipline',
  '/records/attestations/import': 'attestations',
};

/** The menu key for the current path (longest matching prefix). */
export function menuKeyFor(pathname: string): string {
  let best = 'overview';
  let bestLength = 1;
  for (const [key, path] of [...Object.entries(MENU_PATHS), ...Object.entries(SCREEN_OWNERS).map(([p, k]) => [k, p] as const)]) {
    if (path !== '/' && (pathname === path || pathname.startsWith(path + '/')) && path.length > bestLength) {
      best = key;
      bestLength = path.length;
    }
  }
  return best;
}

const label = (key: string, text: string, extra?: ReactNode) => (
  <span data-testid={`menu-${key}`}>
    {text}
    {extra}
  </span>
);

function live(key: string, icon: ReactNode, text: string): Item {
  return { key, icon, label: label(key, text) };
}

const soonTag = (t: T) => (
  <Tag style={{ marginInlineStart: 8, fontSize: 10, lineHeight: '16px', paddingInline: 4 }}>{t('menu.comingSoon')}</Tag>
);

/** A module that is planned but not built yet: visible, greyed, and says so (tag, tooltip or both). */
function comingSoon(key: string, icon: ReactNode, text: string, t: T): Item {
  return {
    key,
    icon,
    disabled: true,
    label: (
      <Tooltip title={t('menu.comingSoonHint')} placement="right">
        {label(key, text, soonTag(t))}
      </Tooltip>
    ),
  };
}

/** "Hồ sơ thành tích & Rà soát": screening, the records registers and the agency's regulation, by ability. */
function recordsGroup(t: T, can: (a: Ability) => boolean, hasOwnRecord: boolean): Item | null {
  const children: Item[] = [];
  if (can('eligibility.screen')) children.push(live('screening', <CheckSquareOutlined />, t('menu.screening')));
  if (hasOwnRecord && can('records.read')) children.push(live(MY_RECORD_KEY, <SolutionOutlined />, t('menu.myRecord')));
  if (can('records.read')) {
    children.push(
      live('ratings', <RiseOutlined />, t('menu.ratings')),
      live('initiatives', <BulbOutlined />, t('menu.initiatives')),
      live('scienceTasks', <ExperimentOutlined />, t('menu.scienceTasks')),
      live('awards', <StarOutlined />, t('menu.awards')),
      live('discipline', <StopOutlined />, t('menu.discipline')),
    );
  }
  if (can('attestations.write') || can('attestations.import')) children.push(live('attestations', <FormOutlined />, t('menu.attestations')));
  if (can('settings.read')) children.push(live('regulation', <ControlOutlined />, t('menu.regulation')));
  if (!children.length) return null;
  return { key: 'records', icon: <FileSearchOutlined />, label: label('records', t('menu.records')), children };
}

/** "Đề nghị khen thưởng": rounds, proposals (units, office) and the staff member's own, by ability. */
function proposalsGroup(t: T, can: (a: Ability) => boolean, hasOwnRecord: boolean): Item {
  const children: Item[] = [];
  if (can('proposals.roundsRead')) children.push(live('proposalRounds', <CalendarOutlined />, t('menu.proposalRounds')));
  if (can('proposals.read')) children.push(live('proposalList', <FormOutlined />, t('menu.proposalList')));
  if (hasOwnRecord && can('proposals.own')) children.push(live('myProposals', <SolutionOutlined />, t('menu.myProposals')));
  if (!children.length) return comingSoon('proposals', <SendOutlined />, t('menu.proposals'), t);
  return { key: 'proposals', icon: <SendOutlined />, label: label('proposals', t('menu.proposals')), children };
}

/** The side menu for a user: only what their roles reach, plus the modules still to come. */
export function buildMenu(t: T, can: (a: Ability) => boolean, hasOwnRecord = false): Item[] {
  const items: Item[] = [live('overview', <HomeOutlined />, t('menu.overview'))];
  if (can('units.read')) items.push(live('units', <ApartmentOutlined />, t('menu.units')));
  if (can('people.read')) items.push(live('people', <TeamOutlined />, t('menu.people')));
  const records = recordsGroup(t, can, hasOwnRecord);
  if (records) items.push(records);
  items.push({
    type: 'group',
    key: 'modules',
    label: t('menu.modulesGroup'),
    children: [
      comingSoon('movements', <FlagOutlined />, t('menu.movements'), t),
      proposalsGroup(t, can, hasOwnRecord),
      comingSoon('council', <AuditOutlined />, t('menu.council'), t),
      comingSoon('decisions', <SafetyCertificateOutlined />, t('menu.decisions'), t),
      comingSoon('reports', <BarChartOutlined />, t('menu.reports'), t),
      comingSoon('honours', <TrophyOutlined />, t('menu.honours'), t),
    ],
  });
  const admin: Item[] = [];
  if (can('users.list')) admin.push(live('users', <UserOutlined />, t('menu.users')));
  if (can('audit.read')) admin.push(live('audit', <HistoryOutlined />, t('menu.audit')));
  if (can('mail.read')) admin.push(live('mail', <MailOutlined />, t('menu.mail')));
  if (can('calendar.write')) admin.push(live('calendar', <CalendarOutlined />, t('menu.calendar')));
  if (admin.length) items.push({ type: 'group', key: 'admin', label: <span data-testid="menu-admin">{t('menu.admin')}</span>, children: admin });
  return items;
}
