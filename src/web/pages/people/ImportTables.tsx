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
      data-testid="import-preview"
      columns={[
        { title: t('import.row'), dataIndex: 'row', width: 60, align: 'right' },
        { title: t('field.code'), dataIndex: 'code', width: 90, ellipsis: true },
        { title: t('field.fullName'), dataIndex: 'fullName', width: 170, ellipsis: true },
        { title: t('field.gender'), dataIndex: 'gender', width: 75 },
        { title: t('field.birthDate'), dataIndex: 'birthDate', width: 100 },
        { title: t('field.unit'), dataIndex: 'unitName', ellipsis: true },
        {
          title: t('field.position'),
          dataIndex: 'position',
          width: 190,
          ellipsis: true,
          render: (pos: string, r) => (
            <>
              {r.isLeader && (
                <Tag color="red" style={{ marginInlineEnd: 6, paddingInline: 4, fontSize: 11 }}>
                  {t('people.leaderTag')}
                </Tag>
              )}
              {pos}
            </>
          ),
        },
        { title: t('field.staffCategory'), dataIndex: 'staffCategory', width: 125 },
        { title: t('import.startDateShort'), dataIndex: 'startDate', width: 110 },
      ]}
    />
  );
}
