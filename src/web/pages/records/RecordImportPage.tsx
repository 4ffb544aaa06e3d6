import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Checkbox, Table } from 'antd';
import { RECORD_IMPORT_KINDS, type RecordImportKind } from '../../../domain/records/codes';
import { afterRecordsChange, recordTemplateUrl, uploadRecordsImport } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { ImportWizard, type PreviewRow } from '../../components/import/ImportWizard';
import { NotFoundResult } from '../../components/NotFoundResult';

/** Where each kind of record is listed after an import. */
const LIST_PATH: Record<RecordImportKind, string> = {
  ratings: '/records/ratings',
  'unit-ratings': '/records/ratings?subject=unit',
  awards: '/records/awards',
  initiatives: '/records/initiatives',
  disciplines: '/records/discipline',
};

/** The preview as the server describes it: one column per field, with the catalogue's header names. */
function GenericPreview({ rows }: { rows: PreviewRow[] }) {
  const { t } = useI18n();
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const header = (key: string) => {
    const label = t(`importCol.${key}` as MessageKey);
    return label === `importCol.${key}` ? key : label;
  };
  return (
    <Table<PreviewRow>
      size="small"
      rowKey={(r) => String(r.row)}
      dataSource={rows}
      pagination={false}
      data-testid="import-preview"
      scroll={{ x: 'max-content' }}
      columns={keys.map((key) => ({
        title: header(key),
        dataIndex: key,
        ellipsis: key !== 'row',
        width: key === 'row' ? 60 : undefined,
        align: key === 'row' ? ('right' as const) : undefined,
        render: (v: PreviewRow[string]) => (typeof v === 'boolean' ? (v ? t('common.yes') : t('common.no')) : v),
      }))}
    />
  );
}

/** "Nhập từ Excel" for records: ratings of people or units, awards of past years, initiatives, disciplines. */
export default function RecordImportPage() {
  const { t, codeLabel } = useI18n();
  const navigate = useNavigate();
  const { kind } = useParams();
  const [replace, setReplace] = useState(false);
  if (!kind || !(RECORD_IMPORT_KINDS as readonly string[]).includes(kind)) {
    return <NotFoundResult title={t('common.pageNotFound')} backTo="/records/ratings" backLabel={t('ratings.title')} />;
  }
  const k = kind as RecordImportKind;
  const label = codeLabel('importKind', k);
  const canReplace = k === 'ratings' || k === 'unit-ratings';
  return (
    <ImportWizard
      key={k}
      title={t('recordImport.title', { what: label })}
      subtitle={t('import.subtitle')}
      templateUrl={recordTemplateUrl(k)}
      templateHint={t('recordImport.templateHint')}
      upload={(file, dryRun) => uploadRecordsImport(k, file, dryRun, canReplace && replace)}
      renderPreview={(rows) => <GenericPreview rows={rows} />}
      confirmLabel={(count) => t('recordImport.confirm', { count })}
      doneTitle={(count) => t('recordImport.doneTitle', { count })}
      onImported={afterRecordsChange}
      options={
        canReplace && (
          <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)} data-testid="import-replace">
            {t('recordImport.replace')}
          </Checkbox>
        )
      }
      doneAction={{ label: t('recordImport.seeList'), onClick: () => navigate(LIST_PATH[k]) }}
    />
  );
}
