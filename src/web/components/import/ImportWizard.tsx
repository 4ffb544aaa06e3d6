import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Progress, Result, Space, Steps, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, ReloadOutlined } from '@ant-design/icons';
import { useJob, type Job } from '../../api/jobs';
import { useT } from '../../i18n/i18n';
import { PageHeader } from '../PageHeader';
import { FilePicker } from './FilePicker';
import { ImportErrorTable } from './ImportErrorTable';

type Phase = 'choose' | 'check' | 'write' | 'done';
const STEP: Record<Phase, number> = { choose: 0, check: 1, write: 2, done: 3 };

function percent(job: Job | undefined): number {
  if (!job) return 0;
  if (job.status !== 'running') return 100;
  return job.total ? Math.min(99, Math.round((job.done / job.total) * 100)) : 0;
}

function JobProgress({ job }: { job: Job | undefined }) {
  const t = useT();
  return (
    <div data-testid="import-progress">
      <Progress percent={percent(job)} status={job?.status === 'failed' ? 'exception' : job?.status === 'running' || !job ? 'active' : 'success'} />
      {(!job || job.status === 'running') && <Typography.Text type="secondary">{job?.message || t('import.uploading')}</Typography.Text>}
    </div>
  );
}

/** What a finished check or import found wrong: the list of errors, or the reason it stopped. */
function JobFailure({ job, onRestart }: { job: Job; onRestart: () => void }) {
  const t = useT();
  const errors = job.result?.errors ?? [];
  return (
    <>
      <Alert type="error" showIcon title={job.message} style={{ margin: '16px 0' }} data-testid="import-failed" />
      {errors.length > 0 && <ImportErrorTable errors={errors} />}
      <Space style={{ marginTop: 16 }}>
        {errors.length > 0 && (
          <Button icon={<DownloadOutlined />} href={`/api/jobs/${job.id}/errors.xlsx`} download data-testid="import-errors-download">
            {t('import.downloadErrors')}
          </Button>
        )}
        <Button type="primary" icon={<ReloadOutlined />} onClick={onRestart} data-testid="import-restart">
          {t('import.chooseAnother')}
        </Button>
      </Space>
    </>
  );
}

export type PreviewRow = Record<string, string | number | boolean | null>;

export interface ImportWizardProps {
  title: ReactNode;
  subtitle: ReactNode;
  templateUrl: string;
  templateHint: ReactNode;
  /** Sends the file; the checks (dry run) or the import run as a job whose id comes back. */
  upload: (file: File, dryRun: boolean) => Promise<{ jobId: string }>;
  renderPreview: (rows: PreviewRow[]) => ReactNode;
  confirmLabel: (count: number) => string;
  doneTitle: (created: number) => string;
  /** Called once the import has written its rows (refresh lists). */
  onImported: () => void;
  /** Extra choices shown with the file (e.g. "replace what is already recorded"). */
  options?: ReactNode;
  /** The main button of the result screen. */
  doneAction: { label: string; onClick: () => void };
}

/** Import from Excel: template → file → check (dry run) → errors or preview → import → result. */
export function ImportWizard(props: ImportWizardProps) {
  const t = useT();
  const [phase, setPhase] = useState<Phase>('choose');
  const [file, setFile] = useState<File | null>(null);
  const [checkJobId, setCheckJobId] = useState<string | null>(null);
  const [writeJobId, setWriteJobId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const checkJob = useJob(checkJobId);
  const writeJob = useJob(writeJobId);

  const restart = () => {
    setPhase('choose');
    setFile(null);
    setCheckJobId(null);
    setWriteJobId(null);
    setUploadError(null);
  };

  const start = async (chosen: File, dryRun: boolean) => {
    setUploadError(null);
    setBusy(true);
    try {
      const { jobId } = await props.upload(chosen, dryRun);
      if (dryRun) {
        setCheckJobId(jobId);
        setPhase('check');
      } else {
        setWriteJobId(jobId);
        setPhase('write');
      }
    } catch (e) {
      setUploadError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const written = writeJob.data;
  useEffect(() => {
    if (written?.status === 'succeeded') {
      props.onImported();
      setPhase('done');
    }
  }, [written?.status]);

  const checked = checkJob.data;
  const rowCount = checked?.result?.rowCount ?? 0;
  const preview = (checked?.result?.preview ?? []) as PreviewRow[];

  return (
    <div data-testid="import-page">
      <PageHeader title={props.title} subtitle={props.subtitle} />
      <Card size="small">
        <Steps
          current={STEP[phase]}
          size="small"
          style={{ marginBottom: 24 }}
          items={[{ title: t('import.stepChoose') }, { title: t('import.stepCheck') }, { title: t('import.stepWrite') }, { title: t('import.stepDone') }]}
        />
        {uploadError && <Alert type="error" showIcon title={uploadError} style={{ marginBottom: 16 }} data-testid="import-upload-error" />}

        {phase === 'choose' && (
          <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: 'minmax(240px, 1fr) 2fr', gap: 24 }}>
            <div>
              <Typography.Title level={5}>{t('import.templateTitle')}</Typography.Title>
              <Typography.Paragraph type="secondary">{props.templateHint}</Typography.Paragraph>
              <Button icon={<FileExcelOutlined />} href={props.templateUrl} download data-testid="import-template">
                {t('import.downloadTemplate')}
              </Button>
            </div>
            <div>
              <Typography.Title level={5}>{t('import.fileTitle')}</Typography.Title>
              {props.options && <div style={{ marginBottom: 12 }}>{props.options}</div>}
              <FilePicker
                disabled={busy}
                onFile={(f) => {
                  setFile(f);
                  void start(f, true);
                }}
              />
              {file && busy && <Typography.Text type="secondary">{t('import.uploadingFile', { name: file.name })}</Typography.Text>}
            </div>
          </div>
        )}

        {phase === 'check' && (
          <>
            {file && <Typography.Paragraph>{t('import.checkingFile', { name: file.name })}</Typography.Paragraph>}
            <JobProgress job={checked} />
            {checked?.status === 'failed' && <JobFailure job={checked} onRestart={restart} />}
            {checked?.status === 'succeeded' && (
              <>
                <Alert type="success" showIcon title={checked.message} style={{ margin: '16px 0' }} data-testid="import-valid" />
                {preview.length > 0 && (
                  <>
                    <Typography.Text type="secondary">
                      {preview.length < rowCount ? t('import.previewFirst', { shown: preview.length, total: rowCount }) : t('import.previewAll')}
                    </Typography.Text>
                    {props.renderPreview(preview)}
                  </>
                )}
                <Space style={{ marginTop: 16 }}>
                  <Button type="primary" loading={busy} onClick={() => file && start(file, false)} data-testid="import-confirm">
                    {props.confirmLabel(rowCount)}
                  </Button>
                  <Button onClick={restart}>{t('import.chooseAnother')}</Button>
                </Space>
              </>
            )}
          </>
        )}

        {phase === 'write' && (
          <>
            <JobProgress job={written} />
            {written?.status === 'failed' && <JobFailure job={written} onRestart={restart} />}
          </>
        )}

        {phase === 'done' && written && (
          <div data-testid="import-success">
            <Result
              status="success"
              title={props.doneTitle(written.result?.created ?? 0)}
              subTitle={written.message}
              extra={[
                <Button type="primary" key="list" onClick={props.doneAction.onClick} data-testid="import-see-list">
                  {props.doneAction.label}
                </Button>,
                <Button key="again" onClick={restart}>
                  {t('import.again')}
                </Button>,
              ]}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
