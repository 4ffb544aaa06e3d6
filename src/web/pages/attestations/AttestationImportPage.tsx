import { useNavigate } from 'react-router';
import { Table } from 'antd';
import { afterAttestationsChange, ATTESTATION_TEMPLATE_URL, uploadAttestationsImport } from '../../api/attestations';
import { useI18n } from '../../i18n/i18n';
import { ImportWizard, type PreviewRow } from '../../components/import/ImportWizard';

/** "Nhập xác nhận từ Excel": all or nothing, errors by row and column, like the other imports. */
export default function AttestationImportPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <ImportWizard
      title={t('attest.importTitle')}
      subtitle={t('import.subtitle')}
      templateUrl={ATTESTATION_TEMPLATE_URL}
      templateHint={t('attest.templateHint')}
      upload={(file, dryRun) => uploadAttestationsImport(file, dryRun)}
      renderPreview={(rows: PreviewRow[]) => (
        <Table<PreviewRow>
          size="small"
          rowKey={(r) => String(r.row)}
          dataSource={rows}
          pagination={false}
          data-testid="import-preview"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '#', dataIndex: 'row', width: 60, align: 'right' },
            { title: t('attest.colSubject'), dataIndex: 'subject' },
            { title: t('attest.year'), dataIndex: 'year' },
            { title: t('attest.colAnswer'), dataIndex: 'answer', ellipsis: true },
            { title: t('attest.colValue'), dataIndex: 'value' },
          ]}
        />
      )}
      confirmLabel={(count) => t('attest.importConfirm', { count })}
      doneTitle={(count) => t('attest.importDone', { count })}
      onImported={afterAttestationsChange}
      doneAction={{ label: t('attest.seeList'), onClick: () => navigate('/records/attestations') }}
    />
  );
}
