import { Tag, Tooltip, Typography } from 'antd';
import { BookOutlined, CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined, QuestionCircleFilled, WarningFilled, InfoCircleFilled } from '@ant-design/icons';
import { SETTINGS_METADATA } from '../../../domain/eligibility/settings';
import type { CriterionLine } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';

const SETTING_LABELS = new Map(SETTINGS_METADATA.map((m) => [m.key as string, m.labelVi]));
const UNCONFIRMED_MARK = /\s*\(chưa được xác nhận\)\s*$/;
const SETTING_SUFFIX = /;\s*thiết lập của cơ quan:\s*(\S+)\s*$/;

/** The citation without the markers the UI shows as tags ("chưa được xác nhận", the agency setting). */
function splitCitation(line: CriterionLine): { citation: string; unconfirmed: boolean; setting: string | undefined } {
  const settingMatch = SETTING_SUFFIX.exec(line.citation);
  let citation = line.citation.replace(SETTING_SUFFIX, '');
  const unconfirmed = line.legalBasis.confidence === 'UNCONFIRMED' || UNCONFIRMED_MARK.test(citation);
  citation = citation.replace(UNCONFIRMED_MARK, '');
  const setting = line.setting ?? line.legalBasis.setting ?? settingMatch?.[1];
  return { citation, unconfirmed, setting };
}

const RESULT_ICON = {
  pass: <CheckCircleFilled style={{ color: '#389e0d' }} />,
  fail: <CloseCircleFilled style={{ color: '#cf1322' }} />,
  missing: <QuestionCircleFilled style={{ color: '#d46b08' }} />,
  not_applicable: <MinusCircleOutlined style={{ color: '#8c8c8c' }} />,
} as const;

const RESULT_COLOR = { pass: 'green', fail: 'red', missing: 'orange', not_applicable: 'default' } as const;

function lineIcon(line: CriterionLine) {
  if (line.kind === 'warning') return <WarningFilled style={{ color: '#d48806' }} />;
  if (line.kind === 'info') return <InfoCircleFilled style={{ color: '#1677ff' }} />;
  return RESULT_ICON[line.result];
}

/**
 * One line of a verdict: what the law asks, what the record shows, and the article it comes from.
 * The legal wording is in the citation's tooltip; a line set by the agency's regulation names it.
 */
export function VerdictLine({ line }: { line: CriterionLine }) {
  const { t, codeLabel } = useI18n();
  const { citation, unconfirmed, setting } = splitCitation(line);
  const explanatory = line.kind === 'warning' || line.kind === 'info';
  return (
    <div className="vd-verdict-line" data-testid="verdict-line" data-result={line.result} data-kind={line.kind} data-line-id={line.id}>
      <span className="vd-verdict-icon" aria-label={codeLabel('lineResult', line.result)}>
        {lineIcon(line)}
      </span>
      <div style={{ minWidth: 0, flex: 1 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'baseline' }}>
          <Typography.Text strong>{line.label}</Typography.Text>
          {!explanatory && (
            <Tag color={RESULT_COLOR[line.result]} style={{ marginInlineEnd: 0 }}>
              {codeLabel('lineResult', line.result)}
            </Tag>
          )}
          {line.kind === 'alternative' && <Tag style={{ marginInlineEnd: 0 }}>{t('verdict.alternative')}</Tag>}
          {line.kind === 'deferral' && (
            <Tag color="purple" style={{ marginInlineEnd: 0 }}>
              {t('verdict.deferralLine')}
            </Tag>
          )}
        </div>
        {line.detail && <div className="vd-verdict-detail">{line.detail}</div>}
        <div className="vd-verdict-basis">
          <Tooltip title={line.legalBasis.text || undefined}>
            <span>
              <BookOutlined style={{ color: '#8c8c8c', marginInlineEnd: 6 }} />
              <span data-testid="verdict-citation">{citation}</span>
            </span>
          </Tooltip>
          {unconfirmed && (
            <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="verdict-unconfirmed">
              {t('verdict.unconfirmed')}
            </Tag>
          )}
          {setting && (
            <Tooltip title={t('verdict.settingHint')}>
              <Tag color="blue" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }} data-testid="verdict-setting">
                {t('verdict.setting', { name: SETTING_LABELS.get(setting) ?? setting })}
              </Tag>
            </Tooltip>
          )}
        </div>
      </div>
    </div>
  );
}
