import { Link } from 'react-router';
import { Tag, Tooltip, Typography } from 'antd';
import { BookOutlined, CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, MinusCircleOutlined, QuestionCircleFilled, WarningFilled, InfoCircleFilled } from '@ant-design/icons';
import { citeWhereVi } from '../../../domain/catalogue/legal-basis';
import { answerLabel } from '../../../domain/eligibility/answers';
import { SETTINGS_METADATA } from '../../../domain/eligibility/settings';
import type { CriterionLine } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

const SETTING_LABELS = new Map(SETTINGS_METADATA.map((m) => [m.key as string, m.labelVi]));

const RESULT_ICON = {
  pass: <CheckCircleFilled style={{ color: '#389e0d' }} />,
  fail: <CloseCircleFilled style={{ color: '#cf1322' }} />,
  missing: <QuestionCircleFilled style={{ color: '#d46b08' }} />,
  council: <ClockCircleFilled style={{ color: '#0958d9' }} />,
  not_applicable: <MinusCircleOutlined style={{ color: '#8c8c8c' }} />,
} as const;

const RESULT_COLOR = { pass: 'green', fail: 'red', missing: 'orange', council: 'blue', not_applicable: 'default' } as const;

/** A deferral line's result said as what it means for the person: "not deferred" / "deferred". */
const DEFERRAL_RESULT: Record<CriterionLine['result'], MessageKey> = {
  pass: 'verdict.deferralPass',
  fail: 'verdict.deferralFail',
  missing: 'lineResult.missing',
  council: 'lineResult.council',
  not_applicable: 'lineResult.not_applicable',
};

function lineIcon(line: CriterionLine) {
  if (line.kind === 'warning') return <WarningFilled style={{ color: '#d48806' }} />;
  if (line.kind === 'info') return <InfoCircleFilled style={{ color: '#1677ff' }} />;
  return RESULT_ICON[line.result];
}

/**
 * One line of a verdict: what kind of condition it is (caption), what the law asks, the result
 * (for a deferral line: deferred or not), what the record shows, the information still to be
 * recorded, and the article it comes from. Confidence and the agency setting come from the line's
 * structured fields, never from its citation text. The legal wording is Vietnamese in every
 * language (lang="vi"; VerdictView says so in English).
 */
export function VerdictLine({ line, answerHref }: { line: CriterionLine; /** Where a missing answer is entered (the attestations panel). */ answerHref?: (key: string) => string }) {
  const { t, codeLabel } = useI18n();
  const citation = citeWhereVi(line.legalBasis);
  const unconfirmed = line.legalBasis.confidence === 'UNCONFIRMED';
  const setting = line.setting ?? line.legalBasis.setting;
  const explanatory = line.kind === 'warning' || line.kind === 'info';
  const resultText = line.kind === 'deferral' ? t(DEFERRAL_RESULT[line.result]) : codeLabel('lineResult', line.result);
  // A line awaiting the council names the council's answer to record, not a lacking record.
  const missingInfo = line.result === 'missing' || line.result === 'council' ? (line.answers ?? []) : [];
  return (
    <div className="vd-verdict-line" data-testid="verdict-line" data-result={line.result} data-kind={line.kind} data-line-id={line.id}>
      <span className="vd-verdict-icon" aria-label={resultText}>
        {lineIcon(line)}
      </span>
      <div style={{ minWidth: 0, flex: 1 }}>
        {!explanatory && (
          <div className="vd-verdict-kind" data-testid="verdict-line-kind">
            {t(`verdict.kind.${line.kind}` as MessageKey)}
          </div>
        )}
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'baseline' }}>
          <Typography.Text strong lang="vi">
            {line.label}
          </Typography.Text>
          {!explanatory && (
            <Tag color={RESULT_COLOR[line.result]} style={{ marginInlineEnd: 0 }} data-testid="verdict-line-result">
              {resultText}
            </Tag>
          )}
        </div>
        {line.detail && (
          <div className="vd-verdict-detail" lang="vi">
            {line.detail}
          </div>
        )}
        {missingInfo.length > 0 && (
          <div className="vd-verdict-missing" data-testid="verdict-missing" data-result={line.result}>
            {t(line.result === 'council' ? 'verdict.councilInfo' : 'verdict.missingInfo')}{' '}
            {missingInfo.map((key, i) => (
              <span key={key} lang="vi" data-testid="verdict-missing-item" data-answer={key}>
                {i > 0 && '; '}
                {answerHref ? <Link to={answerHref(key)} data-testid="verdict-missing-link">{answerLabel(key)}</Link> : answerLabel(key)}
              </span>
            ))}
          </div>
        )}
        <div className="vd-verdict-basis">
          <Tooltip title={line.legalBasis.text || undefined}>
            <span lang="vi">
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
