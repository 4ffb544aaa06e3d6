import { useEffect } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { AWARD_CODES } from '../../../domain/catalogue/awards';
import { BASIS_TYPES, CONFERRERS, CSTDCS_PATHS } from '../../../domain/catalogue/codes';
import { awardInput, awardUpdate } from '../../../shared/schemas/records';
import { awardsApi, initiativesApi, scienceTasksApi, type AwardRow } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { orUndefined, useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { lastYear } from '../../lib/years';
import { FormAlert } from '../../components/FormAlert';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

interface Values {
  subject: 'person' | 'unit';
  personId?: string;
  unitId?: string;
  awardCode?: string;
  year?: number | null;
  basisType?: string;
  cstdcsBasis?: string | null;
  decisionNo?: string;
  decidedOn?: Dayjs | null;
  conferredBy?: string;
  note?: string;
  initiativeIds?: string[];
  scienceTaskIds?: string[];
}
const FIELDS = [
  'personId',
  'unitId',
  'awardCode',
  'year',
  'basisType',
  'cstdcsBasis',
  'decisionNo',
  'decidedOn',
  'conferredBy',
  'note',
  'initiativeIds',
  'scienceTaskIds',
] as const;

/** The achievements of the person an award would rest on (initiatives, accepted S&T tasks). */
function useBasisOptions(personId: string | undefined) {
  const initiatives = initiativesApi.useList({ personId, pageSize: 200 }, !!personId);
  const tasks = scienceTasksApi.useList({ personId, pageSize: 200 }, !!personId);
  return {
    initiatives: (initiatives.data?.items ?? []).map((i) => ({ value: i.id, label: i.title })),
    tasks: (tasks.data?.items ?? []).map((s) => ({ value: s.id, label: s.title })),
  };
}

/** Record a title or form received (past years, or conferred elsewhere), with its decision and basis. */
export function AwardFormDialog({ open, award, onClose }: { open: boolean; award?: AwardRow; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = awardsApi.useSave();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);
  const subject = Form.useWatch('subject', form);
  const awardCode = Form.useWatch('awardCode', form);
  const personId = Form.useWatch('personId', form);
  const basis = useBasisOptions(award ? (award.personId ?? undefined) : subject === 'person' ? personId : undefined);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      award
        ? {
            subject: award.subject,
            awardCode: award.awardCode,
            year: award.year,
            basisType: award.basisType,
            cstdcsBasis: award.cstdcsBasis,
            decisionNo: award.decisionNo,
            decidedOn: fromIsoDate(award.decidedOn),
            conferredBy: award.conferredBy || undefined,
            note: award.note,
            initiativeIds: award.basis.filter((b) => b.kind === 'initiative').map((b) => b.id),
            scienceTaskIds: award.basis.filter((b) => b.kind === 'science_task').map((b) => b.id),
          }
        : { subject: 'person', year: lastYear(), basisType: 'CONG_TRANG' },
    );
  }, [open, award, form]);

  const onFinish = async (v: Values) => {
    const common = {
      basisType: v.basisType,
      cstdcsBasis: v.awardCode === 'CSTDCS' || award?.awardCode === 'CSTDCS' ? (v.cstdcsBasis ?? null) : null,
      decisionNo: v.decisionNo ?? '',
      decidedOn: toIsoDate(v.decidedOn),
      conferredBy: v.conferredBy ?? '',
      note: v.note ?? '',
      initiativeIds: v.initiativeIds ?? [],
      scienceTaskIds: v.scienceTaskIds ?? [],
    };
    const ok = award
      ? await submit(awardUpdate, common, (data) => save.mutateAsync({ id: award.id, input: data }))
      : await submit(
          awardInput,
          {
            ...common,
            personId: v.subject === 'person' ? orUndefined(v.personId) : undefined,
            unitId: v.subject === 'unit' ? orUndefined(v.unitId) : undefined,
            awardCode: v.awardCode,
            year: v.year ?? undefined,
          },
          (data) => save.mutateAsync({ input: data }),
        );
    if (ok) {
      message.success(award ? t('records.saved') : t('awards.created'));
      onClose();
    }
  };

  const isPerson = award ? award.subject === 'person' : subject !== 'unit';
  const code = award?.awardCode ?? awardCode;
  const known = (ids: { id: string; title: string }[]) => ids.map((b) => ({ value: b.id, label: b.title }));
  return (
    <Modal
      open={open}
      title={award ? t('awards.editTitle', { name: (award.personName ?? award.unitName) || '', award: codeLabel('award', award.awardCode), year: award.year }) : t('awards.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('award-save')}
      destroyOnHidden
      width={640}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="award">
        {!award && (
          <>
            <Form.Item name="subject" label={t('records.subject')}>
              <Radio.Group
                options={[
                  { value: 'person', label: t('records.subjectPerson') },
                  { value: 'unit', label: t('records.subjectUnit') },
                ]}
              />
            </Form.Item>
            {subject === 'unit' ? (
              <Form.Item name="unitId" label={t('field.unit')} required>
                <UnitTreeSelect placeholder={t('person.chooseUnit')} />
              </Form.Item>
            ) : (
              <Form.Item name="personId" label={t('records.person')} required>
                <PersonSelect placeholder={t('records.personPlaceholder')} data-testid="award-person" />
              </Form.Item>
            )}
            <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 140px', gap: 12 }}>
              <Form.Item name="awardCode" label={t('awards.award')} required>
                <Select showSearch={{ optionFilterProp: 'label' }} options={AWARD_CODES.map((c) => ({ value: c, label: codeLabel('award', c) }))} data-testid="award-code" />
              </Form.Item>
              <Form.Item name="year" label={t('records.year')} required>
                <InputNumber min={1990} max={2100} style={{ width: '100%' }} />
              </Form.Item>
            </div>
          </>
        )}
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="basisType" label={t('awards.basisType')}>
            <Select options={BASIS_TYPES.map((b) => ({ value: b, label: codeLabel('basisType', b) }))} popupMatchSelectWidth={false} />
          </Form.Item>
          {code === 'CSTDCS' ? (
            <Form.Item name="cstdcsBasis" label={t('awards.cstdcsBasis')}>
              <Select allowClear options={CSTDCS_PATHS.map((p) => ({ value: p, label: codeLabel('cstdcsPath', p) }))} popupMatchSelectWidth={false} />
            </Form.Item>
          ) : (
            <Form.Item name="conferredBy" label={t('awards.conferredBy')} extra={t('awards.conferredByHint')}>
              <Select allowClear options={CONFERRERS.map((c) => ({ value: c, label: codeLabel('conferrer', c) }))} popupMatchSelectWidth={false} />
            </Form.Item>
          )}
          <Form.Item name="decisionNo" label={t('records.decisionNoLabel')}>
            <Input placeholder={t('records.decisionNoPlaceholder')} />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('records.decidedOn')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
        </div>
        {isPerson && (
          <>
            <Form.Item name="initiativeIds" label={t('awards.basisInitiatives')} extra={t('awards.basisHint')}>
              <Select mode="multiple" options={[...known(award?.basis.filter((b) => b.kind === 'initiative') ?? []), ...basis.initiatives].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i)} />
            </Form.Item>
            <Form.Item name="scienceTaskIds" label={t('awards.basisTasks')}>
              <Select mode="multiple" options={[...known(award?.basis.filter((b) => b.kind === 'science_task') ?? []), ...basis.tasks].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i)} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('records.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
