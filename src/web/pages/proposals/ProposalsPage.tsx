import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Checkbox, Form, Input, Modal, Select, Space, Table, Tag, Typography, Alert } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PROPOSAL_STATUSES } from '../../../domain/proposals/states';
import { createProposalInput } from '../../../shared/schemas/proposals';
import { useCreateProposal, useProposals, useRounds, type ProposalView } from '../../api/proposals';
import { useCan, useOwnUnitRoots } from '../../api/session';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { useDebounced } from '../../lib/use-debounced';
import { ProposalStatusTag } from './tags';

const CREATE_FIELDS = ['roundId', 'unitId', 'title', 'documentNo'] as const;

/** A unit drafts a proposal in an open round, for a unit of its subtree. */
function CreateProposalDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const roots = useOwnUnitRoots();
  const [form] = Form.useForm<{ roundId?: string; unitId?: string; title?: string; documentNo?: string }>();
  const rounds = useRounds({ status: 'open' }, open);
  const create = useCreateProposal();
  const { error, submit } = useRecordSubmit(form, CREATE_FIELDS);
  const onOk = async () => {
    const v = form.getFieldsValue();
    let id: string | undefined;
    const ok = await submit(createProposalInput, { roundId: v.roundId, unitId: v.unitId, title: v.title ?? '', documentNo: v.documentNo ?? '' }, async (input) => {
      id = (await create.mutateAsync(input)).id;
    });
    if (ok && id) {
      onClose();
      void navigate(`/proposals/${id}`);
    }
  };
  return (
    <Modal
      open={open}
      title={t('prop.create.title')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={buttonTestId('proposal-create-save')}
      destroyOnHidden
    >
      <FormAlert message={error} />
      {rounds.data && !rounds.data.length && <Alert type="warning" showIcon title={t('prop.create.noOpenRound')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="proposal-create" initialValues={{ unitId: roots?.[0] }}>
        <Form.Item name="roundId" label={t('prop.create.round')} required>
          <Select options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))} loading={rounds.isPending} data-testid="proposal-create-round" />
        </Form.Item>
        <Form.Item name="unitId" label={t('prop.create.unit')} required>
          <UnitTreeSelect rootIds={roots} data-testid="proposal-create-unit" />
        </Form.Item>
        <Form.Item name="title" label={t('prop.create.titleField')}>
          <Input data-testid="proposal-create-title" />
        </Form.Item>
        <Form.Item name="documentNo" label={t('prop.create.documentNo')}>
          <Input data-testid="proposal-create-docno" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Hồ sơ đề nghị: the office's inbox (filters) or a unit's own proposals. */
export default function ProposalsPage() {
  const { t } = useI18n();
  const can = useCan();
  const reviewer = can('proposals.review');
  const roots = useOwnUnitRoots();
  const rounds = useRounds();
  const [roundId, setRoundId] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [inbox, setInbox] = useState(reviewer);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const q = useDebounced(text.trim(), 300);
  const list = useProposals({
    roundId, unitId, status: status as ProposalView['status'] | undefined, inbox: inbox && !status ? 'true' : undefined, q: q || undefined, page, pageSize: 50,
  });

  return (
    <>
      <PageHeader
        title={t('prop.list.title')}
        subtitle={reviewer ? t('prop.list.subtitleOffice') : t('prop.list.subtitleUnit')}
        extra={can('proposals.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="proposal-create">{t('prop.list.create')}</Button>
        )}
      />
      <Space wrap style={{ marginBottom: 12 }} data-testid="proposal-filters">
        <Select
          allowClear
          placeholder={t('prop.list.allRounds')}
          value={roundId}
          onChange={(v) => { setRoundId(v); setPage(1); }}
          options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))}
          style={{ width: 280 }}
          data-testid="proposal-filter-round"
        />
        <UnitTreeSelect allowClear rootIds={roots} placeholder={t('prop.list.unit')} value={unitId} onChange={(v) => { setUnitId(v); setPage(1); }} style={{ width: 260 }} data-testid="proposal-filter-unit" />
        <Select
          allowClear
          placeholder={t('prop.list.allStatuses')}
          value={status}
          onChange={(v) => { setStatus(v); setPage(1); }}
          options={PROPOSAL_STATUSES.map((s) => ({ value: s, label: t(`propStatus.${s}` as MessageKey) }))}
          style={{ width: 240 }}
          data-testid="proposal-filter-status"
        />
        <Input.Search allowClear placeholder={t('prop.list.search')} value={text} onChange={(e) => { setText(e.target.value); setPage(1); }} style={{ width: 300 }} data-testid="proposal-filter-q" />
        {reviewer && (
          <Checkbox checked={inbox} disabled={!!status} onChange={(e) => { setInbox(e.target.checked); setPage(1); }} data-testid="proposal-filter-inbox">
            {t('prop.list.inbox')}
          </Checkbox>
        )}
      </Space>
      <FormAlert message={list.error?.message ?? null} />
      <Table
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('prop.list.empty') }}
        data-testid="proposals-table"
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page, pageSize: 50, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false,
          showTotal: (total) => t('prop.list.total', { count: total }),
        }}
        columns={[
          {
            title: t('prop.list.titleCol'),
            render: (_, p) => (
              <>
                <Link to={`/proposals/${p.id}`} data-testid={`proposal-link-${p.id}`}>{p.title || t('prop.detail.untitled', { unit: p.unitName })}</Link>
                {p.documentNo && <><br /><Typography.Text type="secondary">{p.documentNo}</Typography.Text></>}
              </>
            ),
          },
          { title: t('prop.list.unit'), dataIndex: 'unitName' },
          { title: t('prop.list.round'), render: (_, p) => <>{p.roundName}<br /><Typography.Text type="secondary">{t('prop.detail.deadline')}: {formatDate(p.unitDeadline)}</Typography.Text></> },
          { title: t('prop.list.status'), render: (_, p) => <ProposalStatusTag status={p.status} testId={`proposal-status-${p.id}`} /> },
          { title: t('prop.list.candidates'), dataIndex: 'candidates', align: 'right' },
          { title: t('prop.list.openRequests'), render: (_, p) => (p.openRequests ? <Tag color="gold">{p.openRequests}</Tag> : null) },
          { title: t('prop.list.submittedAt'), render: (_, p) => formatDateTime(p.submittedAt) },
        ]}
      />
      <CreateProposalDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
