import { Alert, Descriptions, Tag, Typography } from 'antd';
import type { Verdict } from '../../api/eligibility';
import { attestationPath } from '../../api/attestations';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { VerdictLine } from './VerdictLine';
import { VerdictStatusTag } from './VerdictStatusTag';

/**
 * The full explanation of one verdict: status, the legal regime used, every criterion line with its
 * article, then the warnings and notes that explain without deciding.
 */
export function VerdictView({ verdict }: { verdict: Verdict }) {
  const { t, codeLabel, lang } = useI18n();
  const deciding = verdict.criteria.filter((l) => l.kind !== 'warning' && l.kind !== 'info');
  const explaining = verdict.criteria.filter((l) => l.kind === 'warning' || l.kind === 'info');
  const basis = verdict.basisUsed;
  const basisParts = [
    basis.cstdcsPath ? codeLabel('cstdcsPath', basis.cstdcsPath) : null,
    basis.awards.length ? basis.awards.map((a) => `${codeLabel('award', a.code)} ${a.year}`).join(', ') : null,
    basis.initiatives.length ? t('verdict.basisInitiatives', { count: basis.initiatives.length }) : null,
    basis.scienceTasks.length ? t('verdict.basisTasks', { count: basis.scienceTasks.length }) : null,
  ].filter(Boolean);

  return (
    <div data-testid="verdict-view" data-award={verdict.award.code} data-status={verdict.status}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="verdict-award">
          {codeLabel('award', verdict.award.code)} {verdict.year}
        </Typography.Title>
        <VerdictStatusTag status={verdict.status} testId="verdict-status" />
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 190 } }}
        items={[
          {
            key: 'regime',
            label: t('verdict.regime'),
            children: verdict.regime ? (
              <span data-testid="verdict-regime">
                {verdict.regime.name}
                {verdict.regime.confidence === 'UNCONFIRMED' && (
                  <Tag color="orange" style={{ marginInlineStart: 6 }}>
                    {t('verdict.unconfirmed')}
                  </Tag>
                )}
              </span>
            ) : (
              t('verdict.noRegime')
            ),
          },
          ...(verdict.ratingRegime ? [{ key: 'rating', label: t('verdict.ratingRegime'), children: verdict.ratingRegime.name }] : []),
          { key: 'date', label: t('verdict.referenceDate'), children: formatDate(verdict.referenceDate) },
          ...(basisParts.length ? [{ key: 'basis', label: t('verdict.basisUsed'), children: basisParts.join('; ') }] : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('verdict.criteria')}
      </Typography.Title>
      {lang !== 'vi' && <Alert type="info" showIcon title={t('verdict.legalTextVi')} style={{ marginBottom: 8 }} data-testid="verdict-legal-vi" />}
      <div data-testid="verdict-criteria">
        {deciding.map((line) => (
          <VerdictLine key={line.id} line={line} answerHref={(key) => attestationPath(verdict.subject, verdict.year, key)} />
        ))}
      </div>
      {(explaining.length > 0 || verdict.notes.length > 0) && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('verdict.remarks')}
          </Typography.Title>
          <div data-testid="verdict-remarks">
            {explaining.map((line) => (
              <VerdictLine key={line.id} line={line} />
            ))}
            {verdict.notes.map((note) => (
              <Alert key={note} type="info" showIcon title={note} style={{ marginTop: 8 }} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
