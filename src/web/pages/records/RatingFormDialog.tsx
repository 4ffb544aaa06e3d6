import { useEffect } from 'react';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RATING_LEVELS, RATING_REGIME_IDS } from '../../../domain/catalogue/codes';
import { ratingInput, ratingUpdate } from '../../../shared/schemas/records';
import { ratingsApi, type RatingRow } from '../../api/records';
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
  year?: number | null;
  level?: string;
  regime?: string;
  decisionNo?: string;
  decidedOn?: Dayjs | null;
  spiritAttested: boolean;
  note?: string;
}
const FIELDS = ['personId', 'unitId', 'year', 'level', 'regime', 'ratedInUnitId', 'decisionNo', 'decidedOn', 'spiritAttested', 'note'] as const;

/** Record (or correct) a person's or a collective's rating for a year. */
export function RatingFormDialog({ open, rating, onClose }: { open: boolean; rating?: RatingRow; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = ratingsApi.useSave();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);
  const subject = Form.useWatch('subject', form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      rating
        ? {
            subject: rating.subject,
            year: rating.year,
            level: rating.level,
            regime: rating.regime,
            decisionNo: rating.decisionNo,
            decidedOn: fromIsoDate(rating.decidedOn),
            spiritAttested: rating.spiritAttested,
            note: rating.note,
          }
        : { subject: 'person', year: lastYear(), spiritAttested: true },
    );
  }, [open, rating, form]);

  const onFinish = async (v: Values) => {
    const common = {
      level: v.level,
      regime: v.regime,
      decisionNo: v.decisionNo ?? '',
      decidedOn: toIsoDate(v.decidedOn),
      spiritAttested: !!v.spiritAttested,
      note: v.note ?? '',
    };
    const ok = rating
      ? await submit(ratingUpdate, common, (input) => save.mutateAsync({ id: rating.id, input }))
      : await submit(
          ratingInput,
          {
            ...common,
            personId: v.subject === 'person' ? orUndefined(v.personId) : undefined,
            unitId: v.subject === 'unit' ? orUndefined(v.unitId) : undefined,
            year: v.year ?? undefined,
          },
          (input) => save.mutateAsync({ input }),
        );
    if (ok) {
      message.success(rating ? t('records.saved') : t('ratings.created'));
      onClose();
    }
  };

  const subjectName = rating ? (rating.subject === 'person' ? rating.personName : rating.unitName) : null;
  return (
    <Modal
      open={open}
      title={rating ? t('ratings.editTitle', { name: subjectName ?? '', year: rating.year }) : t('ratings.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('rating-save')}
      destroyOnHidden
      width={560}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="rating">
        {!rating && (
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
                <UnitTreeSelect placeholder={t('person.chooseUnit')} data-testid="rating-unit" />
              </Form.Item>
            ) : (
              <Form.Item name="personId" label={t('records.person')} required>
                <PersonSelect placeholder={t('records.personPlaceholder')} data-testid="rating-person" />
              </Form.Item>
            )}
            <Form.Item name="year" label={t('records.year')} required>
              <InputNumber min={1990} max={2100} style={{ width: 140 }} data-testid="rating-year" />
            </Form.Item>
          </>
        )}
        <Form.Item name="level" label={t('ratings.level')} required>
          <Select
            options={RATING_LEVELS.map((l) => ({ value: l, label: codeLabel('ratingLevel', l) }))}
            placeholder={t('ratings.chooseLevel')}
            data-testid="rating-level"
          />
        </Form.Item>
        <Form.Item name="regime" label={t('ratings.regime')} extra={t('ratings.regimeHint')}>
          <Select allowClear options={RATING_REGIME_IDS.map((r) => ({ value: r, label: codeLabel('ratingRegime', r) }))} />
        </Form.Item>
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="decisionNo" label={t('records.decisionNoLabel')}>
            <Input placeholder={t('records.decisionNoPlaceholder')} />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('records.decidedOn')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
        </div>
        <Form.Item name="spiritAttested" valuePropName="checked" extra={t('ratings.spiritHint')}>
          <Checkbox>{t('ratings.spirit')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('records.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
