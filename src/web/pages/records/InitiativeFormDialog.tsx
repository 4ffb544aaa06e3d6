import { useEffect } from 'react';
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { INITIATIVE_SCOPES } from '../../../domain/catalogue/codes';
import { initiativeInput, initiativeUpdate } from '../../../shared/schemas/records';
import { initiativesApi, type InitiativeRow } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { orUndefined, useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { FormAlert } from '../../components/FormAlert';
import { PersonSelect } from '../../components/PersonSelect';

interface Values {
  title?: string;
  recognizedBy?: string;
  recognizingBody?: string;
  decisionNo?: string;
  recognizedOn?: Dayjs | null;
  impactScope?: string;
  impactRecognizedByProvinceHead: boolean;
  appliedEffectively: boolean;
  replicable: boolean;
  effectEvidence?: string;
  authors: { personId?: string; sharePct?: number | null }[];
}
const FIELDS = [
  'title',
  'recognizedBy',
  'recognizingBody',
  'decisionNo',
  'recognizedOn',
  'impactScope',
  'impactRecognizedByProvinceHead',
  'appliedEffectively',
  'replicable',
  'effectEvidence',
  'authors',
] as const;

/** Record or correct an initiative (sáng kiến): recognition, effect, scope and its authors' shares. */
export function InitiativeFormDialog({ open, initiative, onClose }: { open: boolean; initiative?: InitiativeRow; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = initiativesApi.useSave();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);
  const scopes = INITIATIVE_SCOPES.map((s) => ({ value: s, label: codeLabel('initiativeScope', s) }));

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      initiative
        ? {
            ...initiative,
            recognizedOn: fromIsoDate(initiative.recognizedOn),
            authors: initiative.authors.map((a) => ({ personId: a.personId, sharePct: a.sharePct })),
          }
        : { recognizedBy: 'CO_SO', impactScope: 'CO_SO', appliedEffectively: true, replicable: false, impactRecognizedByProvinceHead: false, authors: [{ sharePct: 100 }] },
    );
  }, [open, initiative, form]);

  const onFinish = async (v: Values) => {
    const input = {
      title: v.title ?? '',
      recognizedBy: v.recognizedBy,
      recognizingBody: v.recognizingBody ?? '',
      decisionNo: v.decisionNo ?? '',
      recognizedOn: toIsoDate(v.recognizedOn) ?? undefined,
      impactScope: v.impactScope,
      impactRecognizedByProvinceHead: !!v.impactRecognizedByProvinceHead,
      appliedEffectively: !!v.appliedEffectively,
      replicable: !!v.replicable,
      effectEvidence: v.effectEvidence ?? '',
      authors: (v.authors ?? []).map((a) => ({ personId: orUndefined(a.personId), sharePct: a.sharePct ?? undefined })),
    };
    const ok = initiative
      ? await submit(initiativeUpdate, input, (data) => save.mutateAsync({ id: initiative.id, input: data }))
      : await submit(initiativeInput, input, (data) => save.mutateAsync({ input: data }));
    if (ok) {
      message.success(initiative ? t('records.saved') : t('initiatives.created'));
      onClose();
    }
  };

  const known = initiative?.authors.map((a) => ({ value: a.personId, label: a.personName }));
  return (
    <Modal
      open={open}
      title={initiative ? t('initiatives.editTitle') : t('initiatives.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('initiative-save')}
      destroyOnHidden
      width={720}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="initiative">
        <Form.Item name="title" label={t('initiatives.titleField')} required>
          <Input.TextArea rows={2} data-testid="initiative-title" />
        </Form.Item>
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 12 }}>
          <Form.Item name="recognizedBy" label={t('initiatives.recognizedBy')} required>
            <Select options={scopes} />
          </Form.Item>
          <Form.Item name="decisionNo" label={t('records.decisionNoLabel')}>
            <Input placeholder={t('records.decisionNoPlaceholder')} />
          </Form.Item>
          <Form.Item name="recognizedOn" label={t('initiatives.recognizedOn')} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} data-testid="initiative-date" />
          </Form.Item>
        </div>
        <Form.Item name="recognizingBody" label={t('initiatives.recognizingBody')}>
          <Input />
        </Form.Item>
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 2fr', gap: 12 }}>
          <Form.Item name="impactScope" label={t('records.impactScope')}>
            <Select options={scopes} />
          </Form.Item>
          <Form.Item label=" ">
            <Space direction="vertical" size={0}>
              <Form.Item name="appliedEffectively" valuePropName="checked" noStyle>
                <Checkbox>{t('initiatives.appliedEffectively')}</Checkbox>
              </Form.Item>
              <Form.Item name="replicable" valuePropName="checked" noStyle>
                <Checkbox>{t('initiatives.replicable')}</Checkbox>
              </Form.Item>
              <Form.Item name="impactRecognizedByProvinceHead" valuePropName="checked" noStyle>
                <Checkbox>{t('records.impactByProvinceHead')}</Checkbox>
              </Form.Item>
            </Space>
          </Form.Item>
        </div>
        <Form.Item name="effectEvidence" label={t('initiatives.effectEvidence')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="authors">
          {(fields, { add, remove }, meta) => (
            <Form.Item label={t('initiatives.authors')} required>
              {fields.map((field) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item name={[field.name, 'personId']} style={{ flex: 1, marginBottom: 8 }}>
                    <PersonSelect placeholder={t('records.personPlaceholder')} known={known} data-testid="initiative-author" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'sharePct']} style={{ width: 130, marginBottom: 8 }}>
                    <InputNumber min={0} max={100} suffix="%" style={{ width: '100%' }} placeholder={t('initiatives.share')} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('initiatives.addAuthor')}
              </Button>
              <Form.ErrorList errors={meta.errors} />
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
