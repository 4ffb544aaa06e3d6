import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '../../api/records';
import { recordPolicies } from '../../../domain/policies/records';
import { EMPTY_BY_REACH, useReach } from '../../api/scope';
import { useI18n } from '../../i18n/i18n';
import type { useUrlState } from '../../lib/url-state';

/** A records list paged on the server, with the page kept in the address. */
export function RecordTable<Row extends { id: string }>({
  state,
  query,
  columns,
  testId,
  expandable,
}: {
  state: ReturnType<typeof useUrlState>;
  query: UseQueryResult<Page<Row>>;
  columns: ColumnsType<Row>;
  testId: string;
  expandable?: Parameters<typeof Table<Row>>[0]['expandable'];
}) {
  const { t } = useI18n();
  // An empty list for a unit head or a staff member says it is empty within what they may see.
  const reach = useReach(recordPolicies.read);
  const empty = reach === 'agency' ? t('records.empty') : `${t('records.empty')}. ${t(EMPTY_BY_REACH[reach])}`;
  return (
    <Table<Row>
      size="small"
      rowKey="id"
      loading={query.isFetching}
      dataSource={query.data?.items ?? []}
      columns={columns}
      expandable={expandable}
      onRow={() => ({ 'data-testid': testId }) as object}
      locale={{ emptyText: query.isError ? query.error.message : <span data-testid="records-empty">{empty}</span> }}
      pagination={{
        current: state.page,
        pageSize: state.pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total, [from, to]) => t('common.rangeOfTotal', { from, to, total }),
        onChange: (page, pageSize) => state.set({ page, pageSize }),
      }}
    />
  );
}
