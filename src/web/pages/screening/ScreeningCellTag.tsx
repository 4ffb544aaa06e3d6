import { Tooltip } from 'antd';
import { ClockCircleOutlined, CloseOutlined, QuestionOutlined } from '@ant-design/icons';
import type { ScreeningCell } from '../../api/eligibility';
import { answerLabel } from '../../../domain/eligibility/answers';
import { useI18n } from '../../i18n/i18n';
import { VerdictStatusTag } from '../../components/eligibility/VerdictStatusTag';

type Issue = ScreeningCell['issues'][number];

function IssueList({ issues }: { issues: Issue[] }) {
  const { t } = useI18n();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {issues.map((issue) => (
        <li key={issue.id} data-result={issue.result}>
          {issue.result === 'missing' ? <QuestionOutlined /> : issue.result === 'council' ? <ClockCircleOutlined /> : <CloseOutlined />} {issue.label}
          {issue.answers?.length ? (
            <div style={{ opacity: 0.85 }}>
              {t(issue.result === 'council' ? 'verdict.councilInfo' : 'attest.missing')} {issue.answers.map((k) => answerLabel(k)).join('; ')}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * What stands in the way: the lines not met or lacking a record, then (apart) the lines the law
 * leaves to the council — for a cell awaiting the council, only those, said as such.
 */
function Reasons({ cell }: { cell: ScreeningCell }) {
  const { t } = useI18n();
  if (!cell.issues.length) return <span>{t('screening.cellEligibleHint')}</span>;
  const blocking = cell.issues.filter((i) => i.result !== 'council');
  const council = cell.issues.filter((i) => i.result === 'council');
  return (
    <div data-testid="screening-cell-reasons">
      {blocking.length > 0 && (
        <>
          <div style={{ marginBottom: 4 }}>{t('screening.cellIssues')}</div>
          <IssueList issues={blocking} />
        </>
      )}
      {council.length > 0 && (
        <>
          <div style={{ margin: blocking.length ? '6px 0 4px' : '0 0 4px' }}>{t(blocking.length ? 'screening.cellCouncilAlso' : 'screening.cellCouncil')}</div>
          <IssueList issues={council} />
        </>
      )}
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
