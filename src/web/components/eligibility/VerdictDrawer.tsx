import { Link } from 'react-router';
import { Button, Drawer, Typography } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { usePersonExplanation, useUnitExplanation } from '../../api/eligibility';
import { useI18n } from '../../i18n/i18n';
import { VerdictPicker } from './VerdictPicker';

export interface VerdictSubject {
  kind: 'person' | 'unit';
  id: string;
  name: string;
  /** The title or form to show first. */
  award?: string;
}

function PersonVerdicts({ subject, year }: { subject: VerdictSubject; year: number }) {
  const { t } = useI18n();
  const explanation = usePersonExplanation(subject.id, year);
  const unit = explanation.data?.unitInYear;
  return (
    <>
      {unit && (
        <Typography.Paragraph type="secondary" data-testid="verdict-unit-in-year">
          {t('verdict.unitInYear', { year, unit: unit.name })}
        </Typography.Paragraph>
      )}
      <VerdictPicker verdicts={explanation.data?.verdicts} initialAward={subject.award} loading={explanation.isPending} error={explanation.error} />
    </>
  );
}

function UnitVerdicts({ subject, year }: { subject: VerdictSubject; year: number }) {
  const explanation = useUnitExplanation(subject.id, year);
  return <VerdictPicker verdicts={explanation.data?.verdicts} initialAward={subject.award} loading={explanation.isPending} error={explanation.error} />;
}

/** The explanation of a person's or a collective's verdicts for a year, beside the screening table. */
export function VerdictDrawer({ subject, year, onClose }: { subject: VerdictSubject | null; year: number; onClose: () => void }) {
  const { t } = useI18n();
  const recordPath = subject ? `/${subject.kind === 'person' ? 'people' : 'units'}/${subject.id}/record` : '';
  return (
    <Drawer
      open={!!subject}
      onClose={onClose}
      size={720}
      title={subject ? <span data-testid="verdict-subject">{subject.name}</span> : null}
      extra={
        subject && (
          <Link to={recordPath}>
            <Button size="small" icon={<FileSearchOutlined />} data-testid="verdict-open-record">
              {t('verdict.openRecord')}
            </Button>
          </Link>
        )
      }
      destroyOnHidden
      rootClassName="vd-verdict-drawer"
    >
      {subject && (
        <div data-testid="verdict-drawer">
          {subject.kind === 'person' ? <PersonVerdicts key={subject.id} subject={subject} year={year} /> : <UnitVerdicts key={subject.id} subject={subject} year={year} />}
        </div>
      )}
    </Drawer>
  );
}
