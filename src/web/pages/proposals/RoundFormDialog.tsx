import { useEffect } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { AWARD_CODES } from '../../../domain/catalogue/awards';
import { ROUND_KINDS } from '../../../domain/proposals/states';
import { createRoundInput, updateRoundInput } from '../../../shared/schemas/proposals';
import { useSaveRound, type RoundView } from '../../api/proposals';
import { FormAlert } from '../../components/FormAlert';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { lastYear } from '../../lib/years';

interface Values {
  name?: string;
  kind?: string;
  year?: number | null;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  awardCodes?: string[];
  opensOn?: Dayjs | null;
  unitDeadline?: Dayjs | null;
  reminderWorkingDays?: number | null;
  note?: string;
}
const FIELDS = ['name', 'kind', 'year', 'periodFrom', 'periodTo', 'awardCodes', 'opensOn', 'unitDeadline', 'reminderWorkingDays', 'note'] as const;

/** Create a round (draft), or edit one (a draft entirely; an open round: name, deadline, reminder, note). */
export function RoundFormDialog({ open, round, onClose }: { open: boolean; round: RoundView | null; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveRound();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);
  const openOnly = round?.status === 'open';

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(round ? {
      name: round.name, kind: round.kind, year: round.year, periodFrom: fromIsoDate(round.periodFrom), periodTo: fromIsoDate(round.periodTo),
      awardCodes: round.awardCodes, opensOn: fromIsoDate(round.opensOn), unitDeadline: fromIsoDate(round.unitDeadline),
      reminderWorkingDays: round.reminderWorkingDays, note: round.note,
    } : { kind: 'annual', year: lastYear(), reminderWorkingDays: 3, awardCodes: [], note: '' });
  }, [open, round]);

  const onOk = async () => {
    const v = form.getFieldsValue();
    const common = {
      name: v.name ?? '', unitDeadline: toIsoDate(v.unitDeadline) ?? undefined,
      reminderWorkingDays: v.reminderWorkingDays ?? undefined, note: v.note ?? '',
    };
    const full = {
      ...common, year: v.year ?? null, periodFrom: toIsoDate(v.periodFrom), periodTo: toIsoDate(v.periodTo),
      awardCodes: v.awardCodes ?? [], opensOn: toIsoDate(v.opensOn) ?? undefined,
    };
    const ok = round
      ? await submit(updateRoundInput, openOnly ? common : full, (input) => save.mutateAsync({ id: round.id, input }))
      : await submit(createRoundInput, { ...full, kind: v.kind }, (input) => save.mutateAsync({ input }));
    if (ok) {
      message.success(t('prop.round.saved'));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={round ? t('prop.rounds.edit') : t('prop.rounds.create')}
      onOk={onOk}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
      okButtonProps={buttonTestId('round-save')}
    >
      <FormAlert message={error} />
      {openOnly && <Alert type="info" showIcon title={t('prop.round.openOnlyHint')} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="round-form">
        <Form.Item name="name" label={t('prop.round.name')} required>
          <Input data-testid="round-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('prop.round.kind')} required>
          <Select
            disabled={!!round}
            options={ROUND_KINDS.map((k) => ({ value: k, label: t(`propRoundKind.${k}` as MessageKey) }))}
            data-testid="round-kind"
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="year" label={t('prop.round.year')} style={{ flex: 1 }}>
            <InputNumber disabled={openOnly} min={1990} max={2100} style={{ width: '100%' }} data-testid="round-year" />
          </Form.Item>
          <Form.Item name="periodFrom" label={t('prop.round.periodFrom')} style={{ flex: 1 }}>
            <DatePicker disabled={openOnly} format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="periodTo" label={t('prop.round.periodTo')} style={{ flex: 1 }}>
            <DatePicker disabled={openOnly} format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item name="awardCodes" label={t('prop.round.awards')} required>
          <Select
            mode="multiple"
            disabled={openOnly}
            options={AWARD_CODES.map((c) => ({ value: c, label: codeLabel('award', c) }))}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="round-awards"
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item name="opensOn" label={t('prop.round.opensOn')} required style={{ flex: 1 }}>
            <DatePicker disabled={openOnly} format={DATE_FORMAT} style={{ width: '100%' }} data-testid="round-opens" />
          </Form.Item>
          <Form.Item name="unitDeadline" label={t('prop.round.deadline')} required style={{ flex: 1 }}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="round-deadline" />
          </Form.Item>
          <Form.Item name="reminderWorkingDays" label={t('prop.round.reminder')} style={{ flex: 1 }}>
            <InputNumber min={0} max={60} style={{ width: '100%' }} data-testid="round-reminder" />
          </Form.Item>
        </div>
        <Form.Item name="note" label={t('prop.round.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
