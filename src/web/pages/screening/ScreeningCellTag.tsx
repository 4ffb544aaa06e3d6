import { Tooltip } from 'antd';
import { CloseOutlined, QuestionOutlined } from '@ant-design/icons';
import type { ScreeningCell } from '../../api/eligibility';
import { answerLabel } from '../../../domain/eligibility/answers';
import { useI18n } from '../../i18n/i18n';
import { VerdictStatusTag } from '../../components/eligibility/VerdictStatusTag';

function Reasons({ cell }: { cell: ScreeningCell }) {
  const { t } = useI18n();
  if (!cell.issues.length) return <span>{t('screening.cellEligibleHint')}</span>;
  return (
    <div>
      <div style={{ marginBottom: 4 }}>{t('screening.cellIssues')}</div>
      <ul style={{ margin: 0, paddingInlineStart: 16 }}>
        {cell.issues.map((issue) => (
          <li key={issue.id}>
            {issue.result === 'missing' ? <QuestionOutlined /> : <CloseOutlined />} {issue.label}
            {issue.answers?.length ? (
              <div style={{ opacity: 0.85 }}>
                {t('attest.missing')} {issue.answers.map((k) => answerLabel(k)).join('; ')}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <div style={{ marginTop: 4, opacity: 0.75 }}>{t('screening.cellClickHint')}</div>
    </div>
  );
}

/** One title for one person or collective: the coloured status, with what stands in the way on hover. */
export function ScreeningCellTag({ award, cell, onOpen }: { award: string; cell: ScreeningCell | undefined; onOpen: () => void }) {
  if (!cell) return <span className="vd-muted">—</span>;
  return (
    <Tooltip title={<Reasons cell={cell} />} placement="left" mouseEnterDelay={0.25}>
      <span
        data-testid={`screening-cell-${award}`}
        data-status={cell.status}
        role="button"
        tabIndex={0}
        className="vd-screening-cell"
        onClick={(e) => {
          e.stopPropagation();
          onOpen();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onOpen();
          }
        }}
      >
        <VerdictStatusTag status={cell.status} short />
      </span>
    </Tooltip>
  );
}
