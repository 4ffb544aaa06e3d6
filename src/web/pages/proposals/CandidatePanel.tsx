import { useEffect, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, List, Popconfirm, Select, Space, Spin, Tag, Typography, Upload } from 'antd';
import { FileWordOutlined, HistoryOutlined, UploadOutlined } from '@ant-design/icons';
import type { AwardCode } from '../../../domain/catalogue/awards';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../../../domain/proposals/dossier';
import type { CriterionLine } from '../../../domain/eligibility/verdict-schema';
import {
  useAttachFile, useCandidate, useDetachFile, useRemoveCandidate, useRequestAction, useReviewCandidate,
  type CandidateDetailView, type CandidateRow, type RequestView,
} from '../../api/proposals';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { formatDateTime } from '../../lib/dates';
import { achievementReportUrl } from '../records/AchievementReportPanel';
import { CandidateActionDialog, type DialogKind } from './CandidateDialogs';
import { CandidateVerdictTag } from './tags';

const ACCEPTABLE = new Set(['eligible', 'awaiting_council']);

/** The lines of the latest engine run that are not met, lack records or wait for the council, with their articles. */
export function verdictProblemLines(detail: CandidateDetailView | undefined): CriterionLine[] {
  const verdict = detail?.verdicts[0]?.verdict;
  return (verdict?.criteria ?? []).filter((l) => l.result === 'fail' || l.result === 'missing' || l.result === 'council');
}

export function VerdictLinesHint({ lines }: { lines: CriterionLine[] }): ReactNode {
  if (!lines.length) return null;
  return (
    <div data-testid="verdict-hint">
      {lines.map((l) => (
        <div key={l.id} style={{ marginBottom: 4 }}>
          <strong>{l.label}</strong>: {l.detail} <em>({l.citation})</em>
        </div>
      ))}
    </div>
  );
}

/** The verdict tag of a candidate row, with the lines that decided it on hover. */
export function CandidateVerdictCell({ row }: { row: CandidateRow }) {
  const detail = useCandidate(row.id);
  const lines = verdictProblemLines(detail.data);
  return <CandidateVerdictTag status={row.verdictStatus} hint={lines.length ? <VerdictLinesHint lines={lines} /> : undefined} testId={`candidate-verdict-${row.id}`} />;
}

export const reportTarget = (row: { subjectKind: 'individual' | 'collective'; personId: string | null; unitId: string | null }) =>
  row.subjectKind === 'individual' ? { target: 'person' as const, id: row.personId! } : { target: 'unit' as const, id: row.unitId! };

function RequestItem({ request, mayFix, mayClose }: { request: RequestView; mayFix: boolean; mayClose: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const act = useRequestAction();
  const [fixing, setFixing] = useState(false);
  const open = request.status === 'open';
  return (
    <List.Item
      style={{ background: open ? '#fffbe6' : undefined, border: open ? '1px solid #ffe58f' : undefined, padding: 8, borderRadius: 6, marginBottom: 4 }}
      data-testid={`request-${request.id}`}
      data-status={request.status}
      actions={[
        mayFix && open && <Button key="fix" size="small" type="primary" onClick={() => setFixing(true)} data-testid={`request-fix-${request.id}`}>{t('prop.cand.fixed')}</Button>,
        mayClose && request.status !== 'closed' && (
          <Button key="close" size="small" onClick={() => act.mutateAsync({ id: request.id, action: 'close' }).catch((e: Error) => message.error(e.message))} data-testid={`request-close-${request.id}`}>
            {t('prop.cand.closeRequest')}
          </Button>
        ),
      ].filter(Boolean)}
    >
      <List.Item.Meta
        title={<Space><Tag color={open ? 'gold' : request.status === 'fixed' ? 'blue' : 'default'}>{request.statusLabel}</Tag>{request.itemLabel}</Space>}
        description={
          <>
            <div>{request.message}</div>
            <Typography.Text type="secondary">{request.requestedByName} · {formatDateTime(request.requestedAt)}</Typography.Text>
            {request.fixNote && <div>{t('prop.cand.fixNote')}: {request.fixNote}</div>}
          </>
        }
      />
      <CandidateActionDialog
        kind={fixing ? 'fix' : null}
        subtitle={`${request.itemLabel}: ${request.message}`}
        onClose={() => setFixing(false)}
        onSubmit={async (_, input) => {
          await act.mutateAsync({ id: request.id, action: 'fix', note: String(input.note ?? '') });
          message.success(t('prop.cand.fixDone'));
        }}
      />
    </List.Item>
  );
}

function Attachments({ detail }: { detail: CandidateDetailView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<AttachmentKind>('bao_cao_thanh_tich');
  const attach = useAttachFile(detail.id);
  const detach = useDetachFile(detail.id);
  const requested = new Set(detail.requests.filter((r) => r.status === 'open' && r.target === 'attachment').map((r) => r.item));
  const [uploadError, setUploadError] = useState<string | null>(null);
  return (
    <Card size="small" title={t('prop.cand.attachments')} data-testid="candidate-attachments">
      {detail.abilities.attach && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            value={kind}
            onChange={setKind}
            style={{ width: 320 }}
            options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`propAttachmentKind.${k}` as MessageKey) }))}
            data-testid="attach-kind"
          />
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              setUploadError(null);
              attach.mutateAsync({ file, kind }).then(() => message.success(t('prop.cand.uploaded', { name: file.name })), (e: Error) => setUploadError(e.message));
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={attach.isPending} data-testid="attach-upload">{t('prop.cand.upload')}</Button>
          </Upload>
        </Space>
      )}
      {uploadError && <Alert type="error" showIcon title={uploadError} style={{ marginBottom: 8 }} data-testid="attach-error" />}
      <List
        size="small"
        dataSource={detail.attachments}
        locale={{ emptyText: t('prop.cand.noAttachments') }}
        renderItem={(a) => (
          <List.Item
            data-testid={`attachment-${a.kind}`}
            actions={detail.abilities.attach ? [
              <Popconfirm key="d" title={t('prop.cand.detach')} onConfirm={() => detach.mutateAsync(a.id).catch((e: Error) => message.error(e.message))}>
                <Button size="small" type="link">{t('prop.cand.detach')}</Button>
              </Popconfirm>,
            ] : []}
          >
            <Space wrap>
              <Tag>{a.kindLabel}</Tag>
              <a href={`/api/files/${a.fileId}`}>{a.fileName}</a>
              <Typography.Text type="secondary">{a.attachedByName} · {formatDateTime(a.attachedAt)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <div style={{ marginTop: 8 }} data-testid="candidate-checklist">
        {detail.checklist.lines.map((l) => (
          <Tag
            key={l.id}
            color={l.done ? 'green' : requested.has(l.anyOf[0] ?? '') ? 'gold' : 'red'}
            style={{ marginBottom: 4 }}
            title={l.citation}
            data-done={l.done}
          >
            {l.done ? '✓' : '✗'} {l.labelVi}
          </Tag>
        ))}
      </div>
    </Card>
  );
}

function SummaryEditor({ detail }: { detail: CandidateDetailView }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const review = useReviewCandidate(detail.id);
  const [text, setText] = useState(detail.summary ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(detail.summary ?? ''), [detail.summary]);
  return (
    <Card size="small" title={t('prop.cand.summary')}>
      <Input.TextArea rows={3} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} showCount status={error ? 'error' : undefined} data-testid="candidate-summary" />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <div style={{ marginTop: 8 }}>
        <Button
          size="small"
          loading={review.isPending}
          onClick={async () => {
            setError(null);
            try {
              await review.mutateAsync({ action: 'summary', summary: text.trim() ? text.trim() : null });
              message.success(t('prop.cand.summarySaved'));
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            }
          }}
          data-testid="candidate-summary-save"
        >
          {t('prop.cand.summarySave')}
        </Button>
      </div>
    </Card>
  );
}

/** One candidate opened: the engine's lines, the dossier, the office's requests and acts, the history. */
export function CandidatePanel({ row, year, onTimeline }: { row: CandidateRow; year: number | null; onTimeline: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const candidate = useCandidate(row.id);
  const review = useReviewCandidate(row.id);
  const remove = useRemoveCandidate();
  const [dialog, setDialog] = useState<DialogKind | null>(null);
  const [acceptAfterOverride, setAcceptAfterOverride] = useState(false);
  const detail = candidate.data;
  if (!detail) return candidate.error ? <Alert type="error" showIcon title={candidate.error.message} /> : <Spin />;
  const lines = verdictProblemLines(detail);
  const ab = detail.abilities;
  const needsOverride = !ACCEPTABLE.has(detail.verdictStatus ?? '') && !detail.override;
  const mayFix = detail.proposal.status === 'returned' && !!ab.edit;
  const isReviewer = !!ab.summary;
  const { target, id } = reportTarget(detail);

  const run = async (fn: () => Promise<unknown>, done = t('prop.review.done')) => {
    try {
      await fn();
      message.success(done);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const onAccept = () => {
    if (needsOverride) {
      setAcceptAfterOverride(true);
      setDialog('override');
    } else void run(() => review.mutateAsync({ action: 'accept' }), t('prop.review.accepted'));
  };
  const onDialog = async (kind: DialogKind, input: Record<string, unknown>) => {
    if (kind === 'return' || kind === 'reject') await review.mutateAsync({ action: kind, reason: String(input.reason) });
    else if (kind === 'override') {
      await review.mutateAsync({ action: 'override', reason: String(input.reason) });
      if (acceptAfterOverride) await review.mutateAsync({ action: 'accept' });
    } else if (kind === 'request') await review.mutateAsync({ action: 'requests', input: input as never });
    else if (kind === 'opinion') await review.mutateAsync({ action: 'opinions', input: input as never });
    message.success(t('prop.review.done'));
  };

  return (
    <div data-testid={`candidate-panel-${row.id}`} style={{ display: 'grid', gap: 12 }}>
      <Space wrap>
        <CandidateVerdictTag status={detail.verdictStatus} testId="candidate-panel-verdict" />
        {year && (
          <Button size="small" icon={<FileWordOutlined />} href={achievementReportUrl(target, id, detail.awardCode as AwardCode, year)} data-testid={`candidate-report-${row.id}`}>
            {t('prop.cand.report')}
          </Button>
        )}
        <Button size="small" icon={<HistoryOutlined />} onClick={onTimeline} data-testid={`candidate-timeline-${row.id}`}>{t('prop.cand.timeline')}</Button>
        {ab.accept && <Button size="small" type="primary" onClick={onAccept} data-testid={`candidate-accept-${row.id}`}>{t('prop.review.accept')}</Button>}
        {ab.return && <Button size="small" onClick={() => setDialog('return')} data-testid={`candidate-return-${row.id}`}>{t('prop.review.return')}</Button>}
        {ab.reject && <Button size="small" danger onClick={() => setDialog('reject')} data-testid={`candidate-reject-${row.id}`}>{t('prop.review.reject')}</Button>}
        {ab.override && needsOverride && (
          <Button size="small" onClick={() => { setAcceptAfterOverride(false); setDialog('override'); }} data-testid={`candidate-override-${row.id}`}>{t('prop.review.override')}</Button>
        )}
        {ab.request && <Button size="small" onClick={() => setDialog('request')} data-testid={`candidate-request-${row.id}`}>{t('prop.review.request')}</Button>}
        {ab.opinion && <Button size="small" onClick={() => setDialog('opinion')} data-testid={`candidate-opinion-${row.id}`}>{t('prop.review.opinion')}</Button>}
        {ab.rerun && <Button size="small" onClick={() => run(() => review.mutateAsync({ action: 'verdicts' }))} data-testid={`candidate-rerun-${row.id}`}>{t('prop.cand.rerun')}</Button>}
        {ab.remove && (
          <Popconfirm title={t('prop.cand.removeConfirm', { name: detail.name })} onConfirm={() => run(() => remove.mutateAsync(detail.id))} okText={t('common.confirm')} cancelText={t('common.cancel')}>
            <Button size="small" danger type="link" data-testid={`candidate-remove-${row.id}`}>{t('prop.cand.remove')}</Button>
          </Popconfirm>
        )}
      </Space>
      {lines.length > 0 && (
        <Alert
          type={detail.verdictStatus === 'not_eligible' ? 'error' : detail.verdictStatus === 'awaiting_council' ? 'info' : 'warning'}
          showIcon
          title={detail.verdictStatusLabel}
          description={<VerdictLinesHint lines={lines} />}
          data-testid="candidate-verdict-lines"
        />
      )}
      {detail.override && <Alert type="warning" showIcon title={t('prop.cand.override', { reason: detail.override.reason, by: detail.override.byName })} data-testid="candidate-override-note" />}
      {detail.decisionReason && <Alert type="info" showIcon title={t('prop.cand.decisionReason', { reason: detail.decisionReason })} />}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('prop.cand.award')}>{codeLabel('award', detail.awardCode)}</Descriptions.Item>
        <Descriptions.Item label={t('prop.cand.basis')}>{detail.basisTypeLabel}</Descriptions.Item>
        {detail.note && <Descriptions.Item label={t('prop.cand.note')} span={2}>{detail.note}</Descriptions.Item>}
      </Descriptions>
      {detail.requests.length > 0 && (
        <Card size="small" title={t('prop.cand.requests')} data-testid="candidate-requests">
          <List size="small" dataSource={detail.requests} renderItem={(r) => <RequestItem request={r} mayFix={mayFix} mayClose={isReviewer} />} />
        </Card>
      )}
      <Attachments detail={detail} />
      {detail.opinions.length > 0 && (
        <Card size="small" title={t('prop.cand.opinions')}>
          <List size="small" dataSource={detail.opinions} renderItem={(o) => (
            <List.Item><List.Item.Meta title={o.fromOffice} description={<>{o.text}<br /><Typography.Text type="secondary">{o.recordedByName} · {formatDateTime(o.recordedAt)}</Typography.Text></>} /></List.Item>
          )} />
        </Card>
      )}
      {ab.summary && <SummaryEditor detail={detail} />}
      <CandidateActionDialog kind={dialog} subtitle={detail.name} onClose={() => setDialog(null)} onSubmit={onDialog} />
    </div>
  );
}
