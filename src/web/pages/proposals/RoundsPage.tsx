import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Drawer, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { ROUND_TRANSITIONS } from '../../../domain/proposals/states';
import { useRoundTransition, useRoundUnits, useRounds, type RoundView } from '../../api/proposals';
import { useCan } from '../../api/session';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { formatDate, formatDateTime } from '../../lib/dates';
import { RoundFormDialog } from './RoundFormDialog';
import { ROUND_STATUS_COLORS } from './tags';

const ACTIONS = Object.keys(ROUND_TRANSITIONS) as (keyof typeof ROUND_TRANSITIONS)[];

/** "Who has not submitted yet": one line per unit of the round. */
function RoundUnitsDrawer({ round, onClose }: { round: RoundView | null; onClose: () => void }) {
  const { t } = useI18n();
  const units = useRoundUnits(round?.id);
  const [onlyMissing, setOnlyMissing] = useState(true);
  const items = (units.data?.items ?? []).filter((u) => !onlyMissing || !u.submitted);
  return (
    <Drawer open={!!round} onClose={onClose} size={720} title={round ? t('prop.round.unitsTitle', { name: round.name }) : ''} destroyOnHidden>
      {units.data && (
        <Typography.Paragraph strong data-testid="round-not-submitted">
          {t('prop.round.notSubmitted', { count: units.data.notSubmitted })}
        </Typography.Paragraph>
      )}
      <Checkbox checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} style={{ marginBottom: 12 }}>
        {t('prop.round.onlyNotSubmitted')}
      </Checkbox>
      <Table
        rowKey="unitId"
        size="small"
        loading={units.isPending}
        dataSource={items}
        pagination={false}
        data-testid="round-units"
        columns={[
          { title: t('prop.round.unit'), dataIndex: 'unitName' },
          {
            title: t('prop.round.status'),
            render: (_, u) => (u.submitted ? <Tag color="green">{t('prop.round.unitSubmitted')}</Tag> : <Tag color="orange">{t('prop.round.unitNotSubmitted')}</Tag>),
          },
          { title: t('prop.round.unitProposals'), dataIndex: 'proposals', align: 'right' },
          { title: t('prop.round.unitCandidates'), dataIndex: 'candidates', align: 'right' },
          { title: t('prop.round.lastSubmitted'), render: (_, u) => formatDateTime(u.lastSubmittedAt) },
        ]}
      />
    </Drawer>
  );
}

/** Đợt xét khen thưởng: the rounds, their status, and (office) create, edit and move them. */
export default function RoundsPage() {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const rounds = useRounds();
  const transition = useRoundTransition();
  const [editing, setEditing] = useState<RoundView | null | 'new'>(null);
  const [unitsOf, setUnitsOf] = useState<RoundView | null>(null);
  const mayProgress = can('proposals.roundProgress');

  const move = async (round: RoundView, action: string) => {
    try {
      await transition.mutateAsync({ id: round.id, action });
      message.success(t('prop.round.done'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const columns = useMemo(() => [
    { title: t('prop.round.name'), dataIndex: 'name', render: (name: string, r: RoundView) => <><Typography.Text strong>{name}</Typography.Text><br /><Typography.Text type="secondary">{r.kindLabel}</Typography.Text></> },
    { title: t('prop.round.period'), render: (_: unknown, r: RoundView) => r.year ?? `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}` },
    {
      title: t('prop.round.awards'),
      render: (_: unknown, r: RoundView) => <Space size={[4, 4]} wrap>{r.awardCodes.map((c) => <Tag key={c}>{codeLabel('awardShort', c)}</Tag>)}</Space>,
    },
    { title: t('prop.round.opensOn'), render: (_: unknown, r: RoundView) => formatDate(r.opensOn) },
    { title: t('prop.round.deadline'), render: (_: unknown, r: RoundView) => formatDate(r.unitDeadline) },
    { title: t('prop.round.reminderOn'), render: (_: unknown, r: RoundView) => formatDate(r.reminderOn) },
    {
      title: t('prop.round.status'),
      render: (_: unknown, r: RoundView) => <Tag color={ROUND_STATUS_COLORS[r.status]} data-testid={`round-status-${r.id}`}>{t(`propRoundStatus.${r.status}` as MessageKey)}</Tag>,
    },
    {
      title: t('prop.round.actions'),
      render: (_: unknown, r: RoundView) => (
        <Space size={4} wrap>
          {mayProgress && r.status !== 'draft' && (
            <Button size="small" icon={<TeamOutlined />} onClick={() => setUnitsOf(r)} data-testid={`round-units-${r.id}`}>{t('prop.round.units')}</Button>
          )}
          {r.abilities.edit && <Button size="small" onClick={() => setEditing(r)} data-testid={`round-edit-${r.id}`}>{t('common.edit')}</Button>}
          {ACTIONS.filter((a) => r.abilities[a]).map((a) => {
            const label = t(`prop.round.action.${a}` as MessageKey);
            return (
              <Popconfirm key={a} title={t('prop.round.actionConfirm', { action: label, name: r.name })} onConfirm={() => move(r, a)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                <Button size="small" type={a === 'open' ? 'primary' : 'default'} data-testid={`round-${a}-${r.id}`}>{label}</Button>
              </Popconfirm>
            );
          })}
        </Space>
      ),
    },
  ], [t, codeLabel, mayProgress]);

  return (
    <>
      <PageHeader
        title={t('prop.rounds.title')}
        subtitle={t('prop.rounds.subtitle')}
        extra={can('proposals.roundsManage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="round-create">{t('prop.rounds.create')}</Button>
        )}
      />
      <Table
        rowKey="id"
        loading={rounds.isPending}
        dataSource={rounds.data ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('prop.rounds.empty') }}
        data-testid="rounds-table"
        scroll={{ x: 'max-content' }}
      />
      <RoundFormDialog open={editing !== null} round={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <RoundUnitsDrawer round={unitsOf} onClose={() => setUnitsOf(null)} />
    </>
  );
}
