import { Card, Tooltip } from 'antd';
import type { EvaluableAward } from '../../../domain/catalogue/awards';
import { VERDICT_STATUSES } from '../../../domain/eligibility/verdict-schema';
import type { Screening, VerdictStatus } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';
import { formatNumberVi } from '../../../domain/text/numbers';
import { VERDICT_COLORS } from '../../components/eligibility/VerdictStatusTag';

const NUMBER_COLOR: Record<string, string> = { green: '#389e0d', blue: '#0958d9', red: '#cf1322', orange: '#d46b08', purple: '#722ed1' };

/** Per title: how many are eligible, awaiting the council, not eligible, missing information, deferred; a count filters the table. */
export function SummaryCards({
  awards,
  summary,
  selected,
  onPick,
}: {
  awards: { code: EvaluableAward; name: string }[];
  summary: Screening['summary'];
  selected: { award?: EvaluableAward; status?: VerdictStatus };
  onPick: (award: EvaluableAward, status: VerdictStatus) => void;
}) {
  const { codeLabel } = useI18n();
  return (
    <div className="vd-summary-grid">
      {awards.map(({ code, name }) => {
        const counts = summary[code];
        const active = selected.award === code;
        return (
          <Card key={code} size="small" className={active ? 'vd-summary is-active' : 'vd-summary'} data-testid={`summary-${code}`}>
            <Tooltip title={name}>
              <div className="vd-summary-title">{codeLabel('awardShort', code)}</div>
            </Tooltip>
            <div className="vd-summary-counts">
              {VERDICT_STATUSES.map((status) => (
                <button
                  type="button"
                  key={status}
                  className={active && selected.status === status ? 'vd-summary-count is-active' : 'vd-summary-count'}
                  onClick={() => onPick(code, status)}
                  data-testid={`summary-${code}-${status}`}
                >
                  <span className="vd-summary-number" style={{ color: NUMBER_COLOR[VERDICT_COLORS[status]] }}>
                    {formatNumberVi(counts?.[status] ?? 0)}
                  </span>
                  <span className="vd-summary-label">{codeLabel('verdictShort', status)}</span>
                </button>
              ))}
            </div>
          </Card>
        );
      })}
    </div>
  );
}
