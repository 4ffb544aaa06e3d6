import { Table } from 'antd';
import type { ImportRowError } from '../../api/jobs';
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
