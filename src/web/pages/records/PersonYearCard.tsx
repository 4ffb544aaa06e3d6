import type { ReactNode } from 'react';
import { Card, Space, Tag, Typography } from 'antd';
import type { PersonTimeline } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { AwardTag, RatingTag, useDecisionText } from './RecordTags';

type Year = PersonTimeline['years'][number];

export function isEmptyYear(y: Year): boolean {
  return !y.rating && !y.awards.length && !y.initiatives.length && !y.scienceTasks.length && !y.disciplines.length && !y.inspections.length;
}

/** Consecutive years with nothing recorded in the same unit, shown as one line. */
export function QuietYears({ years }: { years: Year[] }) {
  const { t } = useI18n();
  const first = years[years.length - 1]!;
  const last = years[0]!;
  return (
    <Card size="small" className="vd-record-year" data-testid="record-quiet-years" data-from={first.year} data-to={last.year}>
      <div className="vd-record-year-head" style={{ marginBottom: 0 }}>
        <Typography.Text strong>{first.year === last.year ? t('record.year', { year: last.year }) : t('record.years', { from: String(first.year), to: String(last.year) })}</Typography.Text>
        <span>
          {last.unit ? last.unit.name : <Typography.Text type="secondary">{t('record.noUnit')}</Typography.Text>}
          {last.unit?.position && <Typography.Text type="secondary"> · {last.unit.position}</Typography.Text>}
        </span>
      </div>
      <Typography.Text type="secondary">{t('record.emptyYears')}</Typography.Text>
    </Card>
  );
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="vd-record-row" data-testid={testId}>
      <span className="vd-record-label">{label}</span>
      <div className="vd-record-value">{children}</div>
    </div>
  );
}

/** One year of a person's TĐKT record: the unit held, rating, titles, achievements and impediments. */
export function PersonYearCard({ y }: { y: Year }) {
  const { t, codeLabel } = useI18n();
  const decision = useDecisionText();
  const empty = isEmptyYear(y);
  return (
    <Card size="small" className="vd-record-year" data-testid="record-year" data-year={y.year}>
      <div className="vd-record-year-head">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('record.year', { year: y.year })}
        </Typography.Title>
        <span data-testid="record-year-unit">
          {y.unit ? (
            <>
              {y.unit.name}
              {y.unit.position && <Typography.Text type="secondary"> · {y.unit.position}</Typography.Text>}
            </>
          ) : (
            <Typography.Text type="secondary">{t('record.noUnit')}</Typography.Text>
          )}
        </span>
      </div>
      {empty && <Typography.Text type="secondary">{t('record.emptyYear')}</Typography.Text>}
      {y.rating && (
        <Row label={t('record.rating')} testId="record-rating">
          <RatingTag level={y.rating.level} />
          <Typography.Text type="secondary">{decision(y.rating.decisionNo, y.rating.decidedOn)}</Typography.Text>
        </Row>
      )}
      {y.awards.length > 0 && (
        <Row label={t('record.awards')} testId="record-awards">
          {y.awards.map((a) => (
            <div key={a.id}>
              <AwardTag code={a.awardCode} basisType={a.basisType} decisionNo={a.decisionNo} decidedOn={a.decidedOn} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[decision(a.decisionNo, a.decidedOn), codeLabel('basisType', a.basisType), a.cstdcsBasis ? codeLabel('cstdcsPath', a.cstdcsBasis) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            </div>
          ))}
        </Row>
      )}
      {y.initiatives.length > 0 && (
        <Row label={t('record.initiatives')} testId="record-initiatives">
          {y.initiatives.map((i) => (
            <div key={i.id}>
              <Typography.Text>{i.title}</Typography.Text>{' '}
              <Space size={4} wrap>
                <Tag>{codeLabel('initiativeScope', i.recognizedBy)}</Tag>
                <Tag>{t('record.share', { pct: i.ownSharePct })}</Tag>
                {i.usedBy.length ? (
                  <Tag color="default" data-testid="initiative-used">
                    {t('record.usedFor', { list: i.usedBy.map((u) => `${codeLabel('awardShort', u.awardCode)} ${u.year}`).join(', ') })}
                  </Tag>
                ) : (
                  <Tag color="green">{t('record.notUsed')}</Tag>
                )}
              </Space>
            </div>
          ))}
        </Row>
      )}
      {y.scienceTasks.length > 0 && (
        <Row label={t('record.scienceTasks')} testId="record-tasks">
          {y.scienceTasks.map((s) => (
            <div key={s.id}>
              <Typography.Text>{s.title}</Typography.Text>{' '}
              <Space size={4} wrap>
                <Tag>{codeLabel('scienceTaskLevel', s.taskLevel)}</Tag>
                <Tag>{codeLabel('scienceTaskRole', s.role.toUpperCase())}</Tag>
                {s.acceptanceResult && <Tag color="blue">{t('record.accepted', { result: codeLabel('acceptanceResult', s.acceptanceResult), on: formatDate(s.acceptedOn) })}</Tag>}
                {s.usedBy.length > 0 && <Tag>{t('record.usedFor', { list: s.usedBy.map((u) => `${codeLabel('awardShort', u.awardCode)} ${u.year}`).join(', ') })}</Tag>}
              </Space>
            </div>
          ))}
        </Row>
      )}
      {y.disciplines.length > 0 && (
        <Row label={t('record.disciplines')} testId="record-disciplines">
          {y.disciplines.map((d) => (
            <div key={d.id}>
              <Tag color="red">{codeLabel('disciplineForm', d.form)}</Tag>
              <Typography.Text type="secondary">
                {t('record.inForce', { from: formatDate(d.effectiveFrom), to: formatDate(d.effectiveTo) })} {decision(d.decisionNo, d.decidedOn)}
              </Typography.Text>
            </div>
          ))}
        </Row>
      )}
      {y.inspections.length > 0 && (
        <Row label={t('record.inspections')} testId="record-inspections">
          {y.inspections.map((i) => (
            <div key={i.id}>
              <Tag color={i.status === 'open' ? 'purple' : 'default'}>{codeLabel('inspectionKind', i.kind)}</Tag>
              <Typography.Text>{i.title}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {i.status === 'open' ? t('record.inspectionOpen', { from: formatDate(i.openedOn) }) : t('record.inspectionConcluded', { on: formatDate(i.concludedOn) })}
              </Typography.Text>
            </div>
          ))}
        </Row>
      )}
    </Card>
  );
}
