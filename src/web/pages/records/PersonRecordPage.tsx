import { Link, useParams } from 'react-router';
import { Alert, Breadcrumb, Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { ApiError } from '../../api/errors';
import { usePersonTimeline, type PersonTimeline as PersonTimelineData } from '../../api/records';
import { useCan } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/Lazy';
import { NotFoundResult } from '../../components/NotFoundResult';
import { PersonStatusTag } from '../../components/CodeTags';
import { EligibilityCheckPanel } from './EligibilityCheckPanel';
import { AchievementReportPanel } from './AchievementReportPanel';
import { AttestationsPanel } from '../attestations/AttestationsPanel';
import { isEmptyYear, PersonYearCard, QuietYears } from './PersonYearCard';

type Year = PersonTimelineData['years'][number];
type Segment = { kind: 'year'; year: Year } | { kind: 'quiet'; years: Year[] };

/** Years with records stand alone; runs of years with nothing recorded in one unit fold together. */
function segments(years: Year[]): Segment[] {
  const out: Segment[] = [];
  for (const y of years) {
    const previous = out[out.length - 1];
    if (!isEmptyYear(y)) out.push({ kind: 'year', year: y });
    else if (previous?.kind === 'quiet' && previous.years[0]!.unit?.id === y.unit?.id) previous.years.push(y);
    else out.push({ kind: 'quiet', years: [y] });
  }
  return out;
}

/** Hồ sơ thành tích of a person: year by year, and the check of a title against the law. */
export default function PersonRecordPage() {
  const { t, codeLabel } = useI18n();
  const { id } = useParams();
  const can = useCan();
  const timeline = usePersonTimeline(id);

  if (timeline.isPending) return <PageSpinner />;
  if (timeline.isError) {
    if (timeline.error instanceof ApiError && [400, 404].includes(timeline.error.status)) {
      return <NotFoundResult title={t('person.notFound')} backTo="/people" backLabel={t('person.backToList')} />;
    }
    return <Alert type="error" showIcon title={timeline.error.message} />;
  }
  const { person, years, scienceTasksInProgress } = timeline.data;

  return (
    <div data-testid="person-record-page">
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: can('people.read') ? <Link to="/people">{t('people.title')}</Link> : t('people.title') },
          { title: can('people.read') ? <Link to={`/people/${person.id}`}>{person.fullName}</Link> : person.fullName },
          { title: t('record.title') },
        ]}
      />
      <PageHeader
        title={
          <>
            {t('record.personTitle')}: <span data-testid="record-person-name">{person.fullName}</span> <PersonStatusTag status={person.status} />
          </>
        }
        subtitle={`${person.code} · ${person.unitName} · ${codeLabel('staffCategory', person.staffCategory)}`}
      />
      <Row gutter={16} align="top">
        <Col xs={24} xl={14}>
          {years.length === 0 && (
            <Card size="small">
              <Empty description={t('record.empty')} />
            </Card>
          )}
          <div className="vd-record-timeline" data-testid="record-timeline">
            {segments(years).map((s) =>
              s.kind === 'year' ? <PersonYearCard key={s.year.year} y={s.year} /> : <QuietYears key={`q${s.years[0]!.year}`} years={s.years} />,
            )}
          </div>
          {scienceTasksInProgress.length > 0 && (
            <Card size="small" title={t('record.tasksInProgress')} style={{ marginTop: 12 }}>
              {scienceTasksInProgress.map((s) => (
                <div key={s.id}>
                  <Typography.Text>{s.title}</Typography.Text> <Tag>{codeLabel('scienceTaskLevel', s.taskLevel)}</Tag>
                  <Tag>{codeLabel('scienceTaskRole', s.role.toUpperCase())}</Tag>
                  {s.acceptedOn && <Typography.Text type="secondary">{formatDate(s.acceptedOn)}</Typography.Text>}
                </div>
              ))}
            </Card>
          )}
        </Col>
        <Col xs={24} xl={10}>
          <EligibilityCheckPanel target="person" id={person.id} />
          {can('achievementReports.person') && <AchievementReportPanel target="person" id={person.id} />}
          {can('attestations.read') && <AttestationsPanel subject={{ kind: 'person', id: person.id, name: person.fullName }} />}
        </Col>
      </Row>
    </div>
  );
}
