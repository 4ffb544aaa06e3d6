import { Button, Table, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import type { AwardCode } from '../../../domain/catalogue/awards';
import { useMyProposals, type MyProposalItem } from '../../api/proposals';
import { useUser } from '../../api/session';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { achievementReportUrl } from '../records/AchievementReportPanel';
import { CandidateStatusTag, CandidateVerdictTag } from './tags';

/** Đề nghị của tôi: the proposals that name the signed-in staff member, where each stands, the report draft. */
export default function MyProposalsPage() {
  const { t, codeLabel } = useI18n();
  const user = useUser();
  const mine = useMyProposals();
  const reportYear = (p: MyProposalItem) => p.year ?? Number(p.updatedAt.slice(0, 4));
  return (
    <>
      <PageHeader title={t('prop.mine.title')} subtitle={t('prop.mine.subtitle')} />
      <FormAlert message={mine.error?.message ?? null} />
      <Table
        rowKey="candidateId"
        loading={mine.isPending}
        dataSource={mine.data ?? []}
        pagination={false}
        locale={{ emptyText: t('prop.mine.empty') }}
        data-testid="my-proposals"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('prop.mine.round'), render: (_, p) => <><Typography.Text strong>{p.roundName}</Typography.Text>{p.year && <><br /><Typography.Text type="secondary">{p.year}</Typography.Text></>}</> },
          { title: t('prop.cand.award'), render: (_, p) => codeLabel('award', p.awardCode) },
          { title: t('prop.mine.unit'), dataIndex: 'proposingUnitName' },
          { title: t('prop.mine.stage'), render: (_, p) => <><CandidateStatusTag status={p.candidateStatus} /><br /><span data-testid={`my-stage-${p.candidateId}`}>{p.stage}</span></> },
          { title: t('prop.cand.verdict'), render: (_, p) => <CandidateVerdictTag status={p.verdictStatus} /> },
          { title: t('prop.mine.updatedAt'), render: (_, p) => formatDateTime(p.updatedAt) },
          {
            title: '',
            render: (_, p) => user.personId && (
              <Button size="small" icon={<FileWordOutlined />} href={achievementReportUrl('person', user.personId, p.awardCode as AwardCode, reportYear(p))} data-testid={`my-report-${p.candidateId}`}>
                {t('prop.cand.report')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
