import { useNavigate } from 'react-router';
import { afterPeopleChange } from '../../api/people';
import { uploadPeopleImport, type ImportPreviewRow } from '../../api/jobs';
import { useT } from '../../i18n/i18n';
import { ImportWizard } from '../../components/import/ImportWizard';
import { ImportPreviewTable } from './ImportTables';

/** Import people from Excel, all or nothing (the generic wizard with the people's preview). */
export default function ImportPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <ImportWizard
      title={t('import.title')}
      subtitle={t('import.subtitle')}
      templateUrl="/api/people/template.xlsx"
      templateHint={t('import.templateHint')}
      upload={uploadPeopleImport}
      renderPreview={(rows) => <ImportPreviewTable rows={rows as unknown as ImportPreviewRow[]} />}
      confirmLabel={(count) => t('import.confirm', { count })}
      doneTitle={(count) => t('import.doneTitle', { count })}
      onImported={afterPeopleChange}
      doneAction={{ label: t('import.seeList'), onClick: () => navigate('/people') }}
    />
  );
}
