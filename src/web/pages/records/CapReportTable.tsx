import { Alert, Table, Tag, Typography } from 'antd';
import { WarningFilled } from '@ant-design/icons';
import { formatSettingValueVi } from '../../../domain/eligibility/setting-values';
import { recordPolicies } from '../../../domain/policies/records';
import { formatNumberVi, formatPercentVi } from '../../../domain/text/numbers';
import { useCapReport, type CapReport } from '../../api/records';
import { EMPTY_BY_REACH, useReach } from '../../api/scope';
import { useI18n } from '../../i18n/i18n';
import { RatingTag } from './RecordTags';

type UnitRow = CapReport['units'][number];
type GroupRow = UnitRow['groups'][number];

/**
 * Which regime governs the year's ratings, per staff category, with the provision of its cap: the
 * server computes it with the same table as the verdicts (2025: Nghị định 90/2020, sửa đổi bởi 48/2023).
 */
function GoverningRegimes({ report }: { report: CapReport }) {
  const { t, codeLabel } = useI18n();
  const byRegime = new Map<string, CapReport['regimes']>();
  for (const r of report.regimes) byRegime.set(r.regime ?? '', [...(byRegime.get(r.regime ?? '') ?? []), r]);
  return (
    <div data-testid="cap-regimes">
      {t('cap.governing', { year: report.year })}
      <ul style={{ margin: '2px 0 4px', paddingInlineStart: 20 }}>
        {[...byRegime.values()].map((rows) => {
          const r = rows[0]!;
          return (
            <li key={r.regime ?? 'none'} data-testid="cap-regime" data-regime={r.regime ?? ''}>
              {rows.map((x) => codeLabel('staffCategory', x.staffCategory.toLowerCase())).join(', ')}: {r.regimeName ?? '—'}
              {r.citation ? (
                <>
                  <Typography.Text type="secondary"> ({r.citation})</Typography.Text>
                  {r.confidence === 'UNCONFIRMED' && (
                    <Tag color="orange" style={{ marginInlineStart: 6 }}>
                      {t('verdict.unconfirmed')}
                    </Tag>
                  )}
                </>
              ) : (
                <Typography.Text type="secondary"> — {t('cap.noLegalCap')}</Typography.Text>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

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
          render: (_: unknown, g) => (g.cap === null ? t('cap.noCap') : t('cap.capValueText', { pct: formatPercentVi(g.capPct ?? 0), cap: formatNumberVi(g.cap) })),
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
  const reach = useReach(recordPolicies.read);
  const data = report.data;
  const empty = !!data && data.units.length === 0;
  const emptyText = reach === 'agency' ? t('cap.emptyYear', { year }) : `${t('cap.emptyYear', { year })}. ${t(EMPTY_BY_REACH[reach])}`;
  return (
    <div data-testid="cap-report">
      <Alert
        type={data?.overCapUnits ? 'error' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          data?.overCapUnits ? (
            <span data-testid="cap-over-count">{t('cap.overCount', { count: formatNumberVi(data.overCapUnits), year })}</span>
          ) : empty ? (
            <span data-testid="cap-empty-title">{emptyText}</span>
          ) : (
            data && t('cap.allWithin', { year })
          )
        }
        description={
          data && (
            <>
              <div data-testid="cap-rule">
                {t('cap.ruleText', { pct: formatPercentVi(data.settings.xsCapPct), pctOutstanding: formatPercentVi(data.settings.xsCapPctOutstandingUnit) })}
              </div>
              <GoverningRegimes report={data} />
              <div data-testid="cap-rounding">
                {t('cap.roundingText', { mode: formatSettingValueVi('roundingMode', data.settings.roundingMode).toLowerCase() })}{' '}
                <Tag color="orange">{t('verdict.unconfirmed')}</Tag>
              </div>
            </>
          )
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
        locale={{ emptyText: report.isError ? report.error.message : emptyText }}
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
          { title: t('cap.rated'), dataIndex: 'rated', width: 100, align: 'right', render: (n: number) => formatNumberVi(n) },
          { title: t('cap.excellent'), dataIndex: 'excellent', width: 100, align: 'right', render: (n: number) => formatNumberVi(n) },
          {
            title: t('cap.status'),
            key: 'over',
            width: 170,
            render: (_: unknown, u) =>
              u.over ? (
                <Tag color="red" data-testid="cap-over">
                  {t('cap.over', { excess: formatNumberVi(u.groups.reduce((s, g) => s + g.excess, 0)) })}
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
