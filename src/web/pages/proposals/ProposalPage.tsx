import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useProposal, useProposalAction, useRound, type CandidateRow, type QuotaCheckView, type SubmitResult } from '../../api/proposals';
import { NotFoundResult } from '../../components/NotFoundResult';
import { PageHeader } from '../../components/PageHeader';
import { FormAlert } from '../../components/FormAlert';
import { useI18n } from '../../i18n/i18n';
import { formatDate, formatDateTime } from '../../lib/dates';
import { ApiError } from '../../api/errors';
import { AddCandidateCard } from './AddCandidateCard';
import { CandidateActionDialog } from './CandidateDialogs';
import { CandidatePanel, CandidateVerdictCell } from './CandidatePanel';
import { TimelineDrawer } from './TimelineDrawer';
import { CandidateStatusTag, ProposalStatusTag } from './tags';

function QuotaList({ quotas }: { quotas: QuotaCheckView[] }) {
  const { t } = useI18n();
  if (!quotas.length) return null;
  return (
    <Card size="small" title={t('prop.detail.quotas')} data-testid="proposal-quotas">
      {quotas.map((q) => (
        <Alert
          key={q.setting + q.award}
          type={q.over ? 'error' : 'success'}
          showIcon
          title={<><Tag color={q.over ? 'red' : 'green'}>{q.over ? t('prop.detail.quotaOver') : t('prop.detail.quotaOk')}</Tag>{q.detail}</>}
          style={{ marginBottom: 6 }}
        />
      ))}
    </Card>
  );
}

/** Whether the proposal's candidate row carries an open request of the office (highlighted). */
const rowClass = (c: CandidateRow) => (c.openRequests ? 'proposal-row-requested' : '');

/** A proposal: the unit drafts, completes and submits it; the office opens and reviews each candidate. */
export default function ProposalPage() {
  const { id } = useParams();
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const proposal = useProposal(id);
  const round = useRound(proposal.data?.roundId);
  const act = useProposalAction(id ?? '');
  const [expanded, setExpanded] = useState<string[]>([]);
  const [timelineOf, setTimelineOf] = useState<{ id: string; name: string } | null>(null);
  const [returningAll, setReturningAll] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [submitQuotas, setSubmitQuotas] = useState<QuotaCheckView[] | null>(null);

  if (proposal.error instanceof ApiError && proposal.error.status === 404) return <NotFoundResult title={t('prop.detail.notFound')} backTo="/proposals" backLabel={t('prop.detail.back')} />;
  const p = proposal.data;
  if (!p) return proposal.error ? <Alert type="error" showIcon title={proposal.error.message} /> : <Spin />;
  const year = round.data?.year ?? (round.data?.periodTo ? Number(round.data.periodTo.slice(0, 4)) : null);

  const doAction = async (action: 'submit' | 'recall' | 'open', done: string) => {
    setActionError(null);
    try {
      const result = await act.mutateAsync({ action });
      if (action === 'submit') setSubmitQuotas((result as SubmitResult).quotas);
      message.success(done);
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
    }
  };
  const openRequests = p.requests.filter((r) => r.status === 'open').length;
  const quotas = submitQuotas ?? p.quotaCheck ?? [];

  return (
    <>
      <Link to="/proposals"><ArrowLeftOutlined /> {t('prop.detail.back')}</Link>
      <PageHeader
        title={<Space>{p.title || t('prop.detail.untitled', { unit: p.unitName })}<ProposalStatusTag status={p.status} testId="proposal-status" /></Space>}
        subtitle={p.roundName}
        extra={
          <>
            {p.abilities.submit && (
              <Popconfirm title={t('prop.detail.submitConfirm')} onConfirm={() => doAction('submit', t('prop.detail.submitted'))} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                <Button type="primary" loading={act.isPending} data-testid="proposal-submit">{t('prop.detail.submit')}</Button>
              </Popconfirm>
            )}
            {p.abilities.recall && (
              <Popconfirm title={t('prop.detail.recallConfirm')} onConfirm={() => doAction('recall', t('prop.detail.recalled'))} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                <Button data-testid="proposal-recall">{t('prop.detail.recall')}</Button>
              </Popconfirm>
            )}
            {p.abilities.open && <Button type="primary" onClick={() => doAction('open', t('prop.detail.opened'))} data-testid="proposal-open">{t('prop.detail.openReview')}</Button>}
            {p.abilities.return && <Button onClick={() => setReturningAll(true)} data-testid="proposal-return">{t('prop.detail.returnAll')}</Button>}
          </>
        }
      />
      <FormAlert message={actionError} />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('prop.detail.unit')}>{p.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('prop.detail.deadline')}>{formatDate(p.unitDeadline)}</Descriptions.Item>
        <Descriptions.Item label={t('prop.detail.documentNo')}>{p.documentNo}</Descriptions.Item>
        <Descriptions.Item label={t('prop.detail.createdBy')}>{p.createdByName} · {formatDateTime(p.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('prop.detail.submittedAt')}>{formatDateTime(p.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('prop.detail.submissions')}>{p.submissions}</Descriptions.Item>
      </Descriptions>
      {p.status === 'returned' && p.returnReason && <Alert type="warning" showIcon title={t('prop.detail.returnReason', { reason: p.returnReason })} style={{ marginBottom: 12 }} />}
      {openRequests > 0 && p.abilities.edit && (
        <Alert type="warning" showIcon title={t('prop.detail.openRequestsAlert', { count: openRequests })} style={{ marginBottom: 12 }} data-testid="proposal-requests-alert" />
      )}
      <div style={{ display: 'grid', gap: 12 }}>
        {quotas.length > 0 && <QuotaList quotas={quotas} />}
        {p.abilities.edit && <AddCandidateCard proposalId={p.id} unitId={p.unitId} round={round.data} />}
        <Card size="small" title={t('prop.detail.candidates')}>
          <style>{'.proposal-row-requested > td { background: #fffbe6 !important; }'}</style>
          <Table
            rowKey="id"
            size="small"
            dataSource={p.candidateItems}
            pagination={false}
            locale={{ emptyText: t('prop.detail.noCandidates') }}
            rowClassName={rowClass}
            data-testid="candidates-table"
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowKeys: expanded,
              onExpandedRowsChange: (keys) => setExpanded(keys as string[]),
              expandedRowRender: (c) => <CandidatePanel row={c} year={year} onTimeline={() => setTimelineOf({ id: c.id, name: c.name })} />,
            }}
            onRow={(c) => ({ 'data-testid': `candidate-row-${c.name}` } as object)}
            columns={[
              {
                title: t('prop.cand.name'),
                render: (_, c) => (
                  <>
                    <Typography.Text strong>{c.name}</Typography.Text> <Tag>{c.subjectKind === 'individual' ? t('prop.cand.individual') : t('prop.cand.collective')}</Tag>
                    <br />
                    <Typography.Text type="secondary">{[c.code, c.position, c.unitName].filter(Boolean).join(' · ')}</Typography.Text>
                  </>
                ),
              },
              { title: t('prop.cand.award'), render: (_, c) => codeLabel('award', c.awardCode) },
              { title: t('prop.cand.basis'), render: (_, c) => codeLabel('basisType', c.basisType) },
              { title: t('prop.cand.verdict'), render: (_, c) => <CandidateVerdictCell row={c} /> },
              {
                title: t('prop.cand.dossier'),
                render: (_, c) => c.checklist.complete
                  ? <Tag color="green" data-testid={`candidate-dossier-${c.id}`}>{t('prop.cand.dossierComplete')}</Tag>
                  : (
                    <Tooltip title={t('prop.cand.missingList', { items: c.checklist.missing.join('; ') })}>
                      <Tag color="red" data-testid={`candidate-dossier-${c.id}`}>{t('prop.cand.dossierMissing', { count: c.checklist.missing.length })}</Tag>
                    </Tooltip>
                  ),
              },
              {
                title: t('prop.cand.status'),
                render: (_, c) => (
                  <Space size={4}>
                    <CandidateStatusTag status={c.status} testId={`candidate-status-${c.id}`} />
                    {c.openRequests > 0 && <Tag color="gold">{t('prop.list.openRequests')}: {c.openRequests}</Tag>}
                  </Space>
                ),
              },
              {
                title: '',
                render: (_, c) => (
                  <Button size="small" type="link" onClick={() => setExpanded((k) => (k.includes(c.id) ? k.filter((x) => x !== c.id) : [...k, c.id]))} data-testid={`candidate-open-${c.id}`}>
                    {t('prop.cand.details')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      </div>
      <TimelineDrawer candidate={timelineOf} onClose={() => setTimelineOf(null)} />
      <CandidateActionDialog
        kind={returningAll ? 'returnAll' : null}
        onClose={() => setReturningAll(false)}
        onSubmit={async (_, input) => {
          await act.mutateAsync({ action: 'return', reason: String(input.reason) });
          message.success(t('prop.detail.returned'));
        }}
      />
    </>
  );
}
