import { Table, Tag } from 'antd';
import type { ImportPreviewRow } from '../../api/jobs';
import { useT } from '../../i18n/i18n';

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
