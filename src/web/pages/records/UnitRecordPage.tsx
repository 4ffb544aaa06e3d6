import { Link, useParams } from 'react-router';
import { Alert, Breadcrumb, Card, Col, Collapse, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { ApiError } from '../../api/errors';
import { useUnitTimeline, type UnitTimeline } from '../../api/records';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/Lazy';
import { NotFoundResult } from '../../components/NotFoundResult';
import { EligibilityCheckPanel } from './EligibilityCheckPanel';
import { AchievementReportPanel } from './AchievementReportPanel';
import { AttestationsPanel } from '../attestations/AttestationsPanel';
import { AwardTag, RatingTag, useDecisionText } from './RecordTags';

type Year = UnitTimeline['years'][number];
type Member = Year['members'][number];

const RATING_ORDER = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'NOT_RATED'];

function UnitYearCard({ y, canOpenPeople }: { y: Year; canOpenPeople: boolean }) {
  const { t, codeLabel } = useI18n();
  const decision = useDecisionText();
  const counts = RATING_ORDER.filter((l) => y.ratingCounts[l]).map((l) => `${codeLabel('ratingLevel', l)}: ${y.ratingCounts[l]}`);
  return (
    <Card size="small" className="vd-record-year" data-testid="record-year" data-year={y.year}>
      <div className="vd-record-year-head">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('record.year', { year: y.year })}
        </Typography.Title>
        <Space size={4} wrap>
          {y.rating ? <RatingTag level={y.rating.level} /> : <Tag>{t('record.unitNotRated')}</Tag>}
          {y.awards.map((a) => (
            <AwardTag key={a.id} code={a.awardCode} basisType={a.basisType} decisionNo={a.decisionNo} decidedOn={a.decidedOn} />
          ))}
        </Space>
      </div>
      <div className="vd-record-row">
        <span className="vd-record-label">{t('record.members')}</span>
        <div className="vd-record-value">
          {t('record.memberSummary', {
            count: y.memberCount,
            ldtt: y.membersWithLdtt,
            share: y.ldttShare === null ? '—' : `${Math.round(y.ldttShare * 1000) / 10}%`,
          })}
          {counts.length > 0 && <div className="vd-subtle">{counts.join(' · ')}</div>}
          {y.membersHidden > 0 && <div className="vd-subtle">{t('record.membersHidden', { count: y.membersHidden })}</div>}
        </div>
      </div>
      {y.rating && (y.rating.decisionNo || y.rating.decidedOn) && (
        <div className="vd-record-row">
          <span className="vd-record-label">{t('record.rating')}</span>
          <div className="vd-record-value">{decision(y.rating.decisionNo, y.rating.decidedOn)}</div>
        </div>
      )}
      {y.members.length > 0 && (
        <Collapse
          ghost
          size="small"
          style={{ marginTop: 4 }}
          items={[
            {
              key: 'members',
              label: t('record.memberList', { count: y.members.length }),
              children: (
                <Table<Member>
                  size="small"
                  rowKey="personId"
                  pagination={false}
                  dataSource={y.members}
                  columns={[
                    {
                      title: t('field.fullName'),
                      dataIndex: 'fullName',
                      render: (name: string, m) => (canOpenPeople ? <Link to={`/people/${m.personId}/record`}>{name}</Link> : name),
                    },
                    { title: t('field.position'), dataIndex: 'position', ellipsis: true },
                    { title: t('record.rating'), dataIndex: 'rating', width: 200, render: (l: string | null) => (l ? <RatingTag level={l} /> : '—') },
                    {
                      title: t('record.awards'),
                      dataIndex: 'awards',
                      render: (codes: string[], m) => (
                        <>
                          {codes.map((c) => (
                            <AwardTag key={c} code={c} />
                          ))}
                          {m.disciplines.map((d) => (
                            <Tag key={d} color="red">
                              {codeLabel('disciplineForm', d)}
                            </Tag>
                          ))}
                        </>
                      ),
                    },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Hồ sơ thành tích of a collective: its ratings and titles by year, its members that year. */
export default function UnitRecordPage() {
  const { t, codeLabel } = useI18n();
  const { id } = useParams();
  const can = useCan();
  const timeline = useUnitTimeline(id);

  if (timeline.isPending) return <PageSpinner />;
  if (timeline.isError) {
    if (timeline.error instanceof ApiError && [400, 404].includes(timeline.error.status)) {
      return <NotFoundResult title={t('record.unitNotFound')} backTo="/units" backLabel={t('record.backToUnits')} />;
    }
    return <Alert type="error" showIcon title={timeline.error.message} />;
  }
  const { unit, years } = timeline.data;
  return (
    <div data-testid="unit-record-page">
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to="/units">{t('units.title')}</Link> }, { title: unit.name }, { title: t('record.title') }]} />
      <PageHeader
        title={
          <>
            {t('record.unitTitle')}: <span data-testid="record-unit-name">{unit.name}</span>
          </>
        }
        subtitle={`${unit.code} · ${codeLabel('unitKind', unit.kind)}`}
      />
      <Row gutter={16} align="top">
        <Col xs={24} xl={14}>
          {years.length === 0 && (
            <Card size="small">
              <Empty description={t('record.empty')} />
            </Card>
          )}
          <div className="vd-record-timeline" data-testid="record-timeline">
            {years.map((y) => (
              <UnitYearCard key={y.year} y={y} canOpenPeople={can('records.read')} />
            ))}
          </div>
        </Col>
        <Col xs={24} xl={10}>
          <EligibilityCheckPanel target="unit" id={unit.id} />
          {can('achievementReports.unit') && <AchievementReportPanel target="unit" id={unit.id} />}
          {can('attestations.read') && <AttestationsPanel subject={{ kind: 'unit', id: unit.id, name: unit.name }} />}
        </Col>
      </Row>
    </div>
  );
}
