import { Link } from 'react-router';
import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { EvaluableAward } from '../../../domain/catalogue/awards';
import { vietnameseCollator } from '../../../domain/text/vietnamese';
import type { ScreenedPerson, ScreenedUnit } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';
import { EMPTY_BY_REACH, useReach } from '../../api/scope';
import { eligibilityPolicies } from '../../../domain/policies/eligibility';
import { ScreeningCellTag } from './ScreeningCellTag';

type AwardName = { code: EvaluableAward; name: string };

function awardColumn<R extends { results: ScreenedPerson['results'] }>(
  award: AwardName,
  shortLabel: string,
  onOpen: (row: R, award: EvaluableAward) => void,
): ColumnsType<R>[number] {
  return {
    title: (
      <Tooltip title={award.name}>
        <span>{shortLabel}</span>
      </Tooltip>
    ),
    key: award.code,
    width: 112,
    align: 'center',
    render: (_: unknown, row: R) => <ScreeningCellTag award={award.code} cell={row.results[award.code]} onOpen={() => onOpen(row, award.code)} />,
  };
}

/** Everyone in scope, one column per title; a row or a cell opens the explanation. */
/** An empty screening for a unit-scoped user says it covers only their unit. */
function ScopedEmpty({ text }: { text: string }) {
  const { t } = useI18n();
  const reach = useReach(eligibilityPolicies.screen);
  return <span data-testid="screening-empty">{reach === 'agency' ? text : `${text}. ${t(EMPTY_BY_REACH[reach])}`}</span>;
}

export function PeopleScreeningTable({
  rows,
  awards,
  loading,
  onOpen,
  canOpenRecord,
}: {
  rows: ScreenedPerson[];
  awards: AwardName[];
  loading: boolean;
  onOpen: (person: ScreenedPerson, award: EvaluableAward) => void;
  canOpenRecord: boolean;
}) {
  const { t, codeLabel } = useI18n();
  const first = awards[0]?.code;
  return (
    <Table<ScreenedPerson>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      data-testid="screening-table"
      className="vd-screening-table"
      tableLayout="fixed"
      scroll={{ x: 190 + 180 + awards.length * 112 }}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }) }}
      locale={{ emptyText: <ScopedEmpty text={t('screening.empty')} /> }}
      onRow={(p) =>
        ({
          'data-testid': 'screening-row',
          'data-person-name': p.fullName,
          onClick: () => first && onOpen(p, first),
          style: { cursor: 'pointer' },
        }) as object
      }
      columns={[
        {
          title: t('field.fullName'),
          dataIndex: 'fullName',
          width: 190,
          fixed: 'left',
          ellipsis: true,
          render: (name: string, p) => (
            <div style={{ lineHeight: 1.25 }}>
              {canOpenRecord ? (
                <Link to={`/people/${p.id}/record`} onClick={(e) => e.stopPropagation()} data-testid="screening-person-link">
                  {name}
                </Link>
              ) : (
                <Typography.Text strong>{name}</Typography.Text>
              )}
              <div className="vd-subtle">
                <span className="vd-mono">{p.code}</span>
                {p.position ? ` · ${p.position}` : ''}
              </div>
            </div>
          ),
        },
        {
          title: t('field.unit'),
          dataIndex: 'unitName',
          width: 180,
          ellipsis: true,
          sorter: (a, b) => vietnameseCollator.compare(a.unitName, b.unitName),
        },
        ...awards.map((a) => awardColumn<ScreenedPerson>(a, codeLabel('awardShort', a.code), onOpen)),
      ]}
    />
  );
}

/** Collectives (units that are themselves candidates) against the collective titles. */
export function UnitsScreeningTable({
  rows,
  awards,
  loading,
  onOpen,
}: {
  rows: ScreenedUnit[];
  awards: AwardName[];
  loading: boolean;
  onOpen: (unit: ScreenedUnit, award: EvaluableAward) => void;
}) {
  const { t, codeLabel } = useI18n();
  const first = awards[0]?.code;
  return (
    <Table<ScreenedUnit>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      data-testid="screening-units-table"
      pagination={false}
      locale={{ emptyText: <ScopedEmpty text={t('screening.emptyUnits')} /> }}
      onRow={(u) =>
        ({ 'data-testid': 'screening-unit-row', 'data-unit-name': u.name, onClick: () => first && onOpen(u, first), style: { cursor: 'pointer' } }) as object
      }
      columns={[
        {
          title: t('units.name'),
          dataIndex: 'name',
          render: (name: string, u) => (
            <Link to={`/units/${u.id}/record`} onClick={(e) => e.stopPropagation()}>
              {name}
            </Link>
          ),
        },
        { title: t('units.kind'), dataIndex: 'kind', width: 170, render: (k: string) => codeLabel('unitKind', k) },
        { title: t('units.memberCount'), dataIndex: 'memberCount', width: 110, align: 'right' },
        ...awards.map((a) => awardColumn<ScreenedUnit>(a, codeLabel('awardShort', a.code), onOpen)),
      ]}
    />
  );
}
