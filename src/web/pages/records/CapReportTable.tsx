import { Alert, Table, Tag, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import { SETTINGS_METADATA } from '../../../domain/eligibility/settings';
import { useCapReport, type CapReport } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import { RatingTag } from './RecordTags';

type UnitRow = CapReport['units'][number];
type GroupRow = UnitRow['groups'][number];

const capCitation = SETTINGS_METADATA.find((m) => m.key === 'eval.xsCapPct')?.citation ?? '';
const outstandingCitation = SETTINGS_METADATA.find((m) => m.key === 'eval.xsCapPctOutstandingUnit')?.citation ?? '';

function Groups({ groups }: { groups: GroupRow[] }) {
  const { t, codeLabel } = useI18n();
  return (
    <Table<GroupRow>
      size="small"
      rowKey="staffCategory"
      pagination={false}
      dataSource={groups}
      rowClassName={(g) => (g.over ? 'vd-row-over' : '')}
      columns={[
        { title: t('field.staffCategory'), dataIndex: 'staffCategory', width: 150, render: (c: string) => codeLabel('staffCategory', c.toLowerCase()) },
        { title: t('cap.regime'), dataIndex: 'regime', width: 110, render: (r: string | null) => (r ? codeLabel('ratingRegime', r) : '—'), ellipsis: true },
        { title: t('cap.excellent'), dataIndex: 'excellent', width: 90, align: 'right' },
        { title: t('cap.base'), dataIndex: 'base', width: 110, align: 'right' },
        {
          title: t('cap.cap'),
          key: 'cap',
          width: 130,
          align: 'right',
          render: (_: unknown, g) => (g.cap === null ? t('cap.noCap') : t('cap.capValue', { pct: g.capPct ?? 0, cap: g.cap })),
        },
        { title: t('cap.detail'), dataIndex: 'detail', render: (d: string, g) => <span>{d} <Typography.Text type="secondary">({g.citation})</Typography.Text></span> },
      ]}
    />
  );
}

/**
 * "Hoàn thành xuất sắc nhiệm vụ" against the cap (20% of those rated good or better; 25% for public
 * employees of a unit rated excellent), per unit and staff group; units over the cap in red.
 */
export function CapReportTable({ year }: { year: number }) {
  const { t } = useI18n();
  const report = useCapReport(year);
  const data = report.data;
  return (
    <div data-testid="cap-report">
      <Alert
        type={data?.overCapUnits ? 'error' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          data?.overCapUnits ? (
            <span data-testid="cap-over-count">{t('cap.overCount', { count: data.overCapUnits, year })}</span>
          ) : (
            t('cap.allWithin', { year })
          )
        }
        description={
          <>
            <div data-testid="cap-rule">
              {t('cap.rule', { pct: data?.settings.xsCapPct ?? 20, pctOutstanding: data?.settings.xsCapPctOutstandingUnit ?? 25 })}{' '}
              <Typography.Text type="secondary">
                ({capCitation}
                {outstandingCitation && outstandingCitation !== capCitation ? `; ${outstandingCitation}` : ''})
              </Typography.Text>
            </div>
            <div>
              {t('cap.rounding', { mode: data?.settings.roundingMode ?? 'FLOOR' })}{' '}
              <Tag color="orange">{t('verdict.unconfirmed')}</Tag>
            </div>
          </>
        }
      />
      <Table<UnitRow>
        size="small"
        rowKey="unitId"
        loading={report.isFetching}
        dataSource={data?.units ?? []}
        pagination={false}
        rowClassName={(u) => (u.over ? 'vd-row-over' : '')}
        onRow={(u) => ({ 'data-testid': 'cap-row', 'data-over': String(u.over), 'data-unit-name': u.unitName }) as object}
        expandable={{ expandedRowRender: (u) => <Groups groups={u.groups} />, rowExpandable: (u) => u.groups.length > 0 }}
        locale={{ emptyText: report.isError ? report.error.message : t('cap.empty') }}
        columns={[
          {
            title: t('units.name'),
            dataIndex: 'unitName',
            render: (name: string, u) => (
              <span>
                {u.over && <WarningFilled style={{ color: '#cf1322', marginInlineEnd: 6 }} />}
                {name}
              </span>
            ),
          },
          { title: t('cap.unitRating'), dataIndex: 'unitRating', width: 230, render: (l: string | null) => (l ? <RatingTag level={l} /> : '—') },
          { title: t('cap.rated'), dataIndex: 'rated', width: 100, align: 'right' },
          { title: t('cap.excellent'), dataIndex: 'excellent', width: 100, align: 'right' },
          {
            title: t('cap.status'),
            key: 'over',
            width: 170,
            render: (_: unknown, u) =>
              u.over ? (
                <Tag color="red" data-testid="cap-over">
                  {t('cap.over', { excess: u.groups.reduce((s, g) => s + g.excess, 0) })}
                </Tag>
              ) : (
                <Tag color="green">{t('cap.within')}</Tag>
              ),
          },
        ]}
      />
    </div>
  );
}
