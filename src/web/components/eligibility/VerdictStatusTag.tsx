import { Tag } from 'antd';
import type { VerdictStatus } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';

/**
 * Green eligible, blue eligible awaiting the council, red not eligible, orange missing information,
 * purple deferred: the same everywhere.
 */
export const VERDICT_COLORS: Record<VerdictStatus, string> = {
  eligible: 'green',
  awaiting_council: 'blue',
  not_eligible: 'red',
  missing_information: 'orange',
  deferred: 'purple',
};

/** A verdict's status; `short` for dense tables ("Không đủ"), full in explanations. */
export function VerdictStatusTag({ status, short, testId }: { status: VerdictStatus; short?: boolean; testId?: string }) {
  const { codeLabel } = useI18n();
  return (
    <Tag color={VERDICT_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid={testId} data-status={status}>
      {codeLabel(short ? 'verdictShort' : 'verdictStatus', status)}
    </Tag>
  );
}
