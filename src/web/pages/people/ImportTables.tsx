import { Table, Tag } from 'antd';
import type { ImportPreviewRow, ImportRowError } from '../../api/jobs';
import { useT } from '../../i18n/i18n';

/** Every problem, located as the user sees it in Excel: row, column letter, header. */
export function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  const t = useT();
  return (
    <div data-testid="import-errors">
      <Table<ImportRowError>
        size="small"
        rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
        dataSource={errors}
        pagination={errors.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        onRow={() => ({ 'data-testid': 'import-error-row' }) as object}
        columns={[
          { title: t('import.row'), dataIndex: 'row', width: 70, align: 'right' },
          { title: t('import.column'), dataIndex: 'column', width: 70, align: 'center', render: (c: string) => <span className="vd-mono">{c}</span> },
          { title: t('import.header'), dataIndex: 'header', width: 180 },
          { title: t('import.value'), dataIndex: 'value', width: 200, ellipsis: true },
          { title: t('import.error'), dataIndex: 'message', render: (m: string) => <span style={{ color: '#a8071a' }}>{m}</span> },
        ]}
      />
    </div>
  );
}

/** The first rows as they will be recorded. */
export function ImportPreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const t = useT();
  return (
    <Table<ImportPreviewRow>
      size="small"
      rowKey="row"
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1100 }}
      data-testid="import-preview"
      columns={[
        { title: t('import.row'), dataIndex: 'row', width: 60, align: 'right' },
        { title: t('field.code'), dataIndex: 'code', width: 100 },
        { title: t('field.fullName'), dataIndex: 'fullName', width: 180 },
        { title: t('field.gender'), dataIndex: 'gender', width: 70 },
        { title: t('field.birthDate'), dataIndex: 'birthDate', width: 105 },
        { title: t('field.unit'), dataIndex: 'unitName', width: 200 },
        {
          title: t('field.position'),
          dataIndex: 'position',
          width: 180,
          render: (pos: string, r) => (
            <>
              {pos} {r.isLeader && <Tag color="red">{t('people.leaderTag')}</Tag>}
            </>
          ),
        },
        { title: t('field.staffCategory'), dataIndex: 'staffCategory', width: 130 },
        { title: t('person.startDate'), dataIndex: 'startDate', width: 105 },
      ]}
    />
  );
}
