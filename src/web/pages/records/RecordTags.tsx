import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';

const LEVEL_COLORS: Record<string, string> = { HTXSNV: 'gold', HTTNV: 'blue', HTNV: 'default', KHTNV: 'red', NOT_RATED: 'default' };

/** A rating level (xếp loại chất lượng) with a colour by rank. */
export function RatingTag({ level }: { level: string }) {
  const { codeLabel } = useI18n();
  return (
    <Tag color={LEVEL_COLORS[level] ?? 'default'} data-testid="rating-tag" data-level={level}>
      {codeLabel('ratingLevel', level)}
    </Tag>
  );
}

/** "số 12/QĐ-SKHCN ngày 08/01/2025", or nothing when neither is known. */
export function useDecisionText(): (decisionNo: string | null | undefined, decidedOn: string | null | undefined) => string {
  const { t } = useI18n();
  return (no, on) => {
    if (no && on) return t('records.decisionNoOn', { no, on: formatDate(on) });
    if (no) return t('records.decisionNo', { no });
    if (on) return t('records.decisionOn', { on: formatDate(on) });
    return '';
  };
}

/** A title or form received, with its decision and the kind of commendation (công trạng, đột xuất…). */
export function AwardTag({ code, basisType, decisionNo, decidedOn }: { code: string; basisType?: string; decisionNo?: string; decidedOn?: string | null }) {
  const { codeLabel } = useI18n();
  const decision = useDecisionText()(decisionNo, decidedOn);
  const tip = [basisType ? codeLabel('basisType', basisType) : null, decision].filter(Boolean).join(' · ');
  return (
    <Tooltip title={tip || undefined}>
      <Tag color="volcano" data-testid="award-tag" data-award={code}>
        {codeLabel('award', code)}
      </Tag>
    </Tooltip>
  );
}
