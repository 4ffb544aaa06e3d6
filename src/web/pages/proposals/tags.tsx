import type { ReactNode } from 'react';
import { Tag, Tooltip } from 'antd';
import type { CandidateStatus, ProposalStatus, RoundStatus } from '../../../domain/proposals/states';
import type { VerdictStatus } from '../../api/eligibility';
import { VerdictStatusTag } from '../../components/eligibility/VerdictStatusTag';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

export const ROUND_STATUS_COLORS: Record<RoundStatus, string> = { draft: 'default', open: 'green', closed: 'orange', council: 'blue', decided: 'purple' };
export const PROPOSAL_STATUS_COLORS: Record<ProposalStatus, string> = { draft: 'default', submitted: 'blue', in_review: 'geekblue', returned: 'orange', completed: 'green' };
export const CANDIDATE_STATUS_COLORS: Record<CandidateStatus, string> = { pending: 'default', accepted: 'green', returned: 'orange', rejected: 'red' };

export function ProposalStatusTag({ status, testId }: { status: ProposalStatus; testId?: string }) {
  const { t } = useI18n();
  return <Tag color={PROPOSAL_STATUS_COLORS[status]} data-testid={testId} data-status={status}>{t(`propStatus.${status}` as MessageKey)}</Tag>;
}

export function CandidateStatusTag({ status, testId }: { status: CandidateStatus; testId?: string }) {
  const { t } = useI18n();
  return <Tag color={CANDIDATE_STATUS_COLORS[status]} data-testid={testId} data-status={status}>{t(`propCandidateStatus.${status}` as MessageKey)}</Tag>;
}

const KNOWN = new Set(['eligible', 'awaiting_council', 'not_eligible', 'missing_information', 'deferred']);

/** The engine's verdict on a candidate; the lines that decided it (with their articles) on hover. */
export function CandidateVerdictTag({ status, hint, testId }: { status: string | null; hint?: ReactNode; testId?: string }) {
  const { t } = useI18n();
  const tag = status && KNOWN.has(status)
    ? <VerdictStatusTag status={status as VerdictStatus} short testId={testId} />
    : <Tag data-testid={testId} data-status={status ?? 'none'}>{t('prop.cand.notEvaluated')}</Tag>;
  return hint ? <Tooltip title={hint}><span data-testid={testId ? `${testId}-hover` : undefined}>{tag}</span></Tooltip> : tag;
}
