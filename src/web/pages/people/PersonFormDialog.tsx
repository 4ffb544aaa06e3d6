import { useEffect, useState } from 'react';
import { App, Checkbox, Col, DatePicker, Form, Input, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { GENDERS, STAFF_CATEGORIES } from '../../../domain/org/codes';
import { personInput, personUpdate } from '../../../shared/schemas/people';
import { useCreatePerson, useUpdatePerson, type Person } from '../../api/people';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { messageForFormError, unmatchedMessage, validateWith } from '../../lib/forms';
import { FormAlert } from '../../components/FormAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { buttonTestId } from '../../lib/test-id';

interface Values {
  code?: string;
  familyName: string;
  middleName?: string;
  givenName: string;
  gender?: string;
  birthDate?: Dayjs | null;
  staffCategory?: string;
  position?: string;
  isLeader: boolean;
  isDirectWorker: boolean;
  unitId?: string;
  email?: string;
  phone?: string;
  startDate?: Dayjs | null;
  effectiveDate?: Dayjs | null;
}
const FIELDS = [
  'code', 'familyName', 'middleName', 'givenName', 'gender', 'birthDate', 'staffCategory', 'position',
  'isLeader', 'isDirectWorker', 'unitId', 'email', 'phone', 'startDate', 'effectiveDate',
] as const;

const blankToNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** Form values → the API's body (dates as yyyy-mm-dd, blanks as null), before Zod checks it. */
function toBody(v: Values, editing: boolean) {
  const body: Record<string, unknown> = {
    code: v.code?.trim() || undefined,
    familyName: v.familyName ?? '',
    middleName: v.middleName ?? '',
    givenName: v.givenName ?? '',
    gender: v.gender,
    birthDate: toIsoDate(v.birthDate),
    staffCategory: v.staffCategory,
    position: v.position ?? '',
    isLeader: !!v.isLeader,
    isDirectWorker: !!v.isDirectWorker,
    email: blankToNull(v.email),
    phone: blankToNull(v.phone),
  };
  if (editing) body.effectiveDate = toIsoDate(v.effectiveDate) ?? undefined;
  else {
    body.unitId = v.unitId;
    body.startDate = toIsoDate(v.startDate) ?? undefined;
  }
  return body;
}

/** Add a person, or edit one (position changes go into the history from the effective date). */
export function PersonFormDialog({
  open,
  person,
  defaultUnitId,
  onClose,
  onSaved,
}: {
  open: boolean;
  person?: Person;
  defaultUnitId?: string;
  onClose: () => void;
  onSaved?: (p: Person) => void;
}) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const create = useCreatePerson();
  const update = useUpdatePerson(person?.id ?? '');
  const editing = !!person;

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      person
        ? {
            ...person,
            birthDate: fromIsoDate(person.birthDate),
            email: person.email ?? '',
            phone: person.phone ?? '',
            effectiveDate: null,
          }
        : { isLeader: false, isDirectWorker: false, unitId: defaultUnitId, gender: undefined, staffCategory: 'cong_chuc' },
    );
  }, [open, person, defaultUnitId, form]);

  const save = async (values: Values): Promise<Person | null> => {
    if (editing) {
      const checked = validateWith(personUpdate, toBody(values, true), form, FIELDS);
      if (!checked.ok) return fail(unmatchedMessage(checked.unmatched));
      return update.mutateAsync(checked.data);
    }
    const checked = validateWith(personInput, toBody(values, false), form, FIELDS);
    if (!checked.ok) return fail(unmatchedMessage(checked.unmatched));
    return create.mutateAsync(checked.data);
  };
  const fail = (text: string | null) => {
    setError(text);
    return null;
  };
  const submit = async (values: Values) => {
    setError(null);
    try {
      const saved = await save(values);
      if (!saved) return;
      message.success(editing ? t('person.updated') : t('person.created'));
      onClose();
      onSaved?.(saved);
    } catch (e) {
      setError(messageForFormError(form, e, FIELDS));
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? t('person.editTitle', { name: person.fullName }) : t('person.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={buttonTestId('person-save')}
      destroyOnHidden
      width={760}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={submit} name="person">
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="familyName" label={t('field.familyName')} required>
              <Input data-testid="person-familyName" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="middleName" label={t('field.middleName')}>
              <Input data-testid="person-middleName" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="givenName" label={t('field.givenName')} required>
              <Input data-testid="person-givenName" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="gender" label={t('field.gender')} required>
              <Radio.Group options={GENDERS.map((g) => ({ value: g, label: codeLabel('gender', g) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="birthDate" label={t('field.birthDate')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} data-testid="person-birthDate" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="code" label={t('field.code')} extra={editing ? undefined : t('person.codeHint')}>
              <Input />
            </Form.Item>
          </Col>
          {!editing && (
            <>
              <Col span={16}>
                <Form.Item name="unitId" label={t('field.unit')} required>
                  <UnitTreeSelect placeholder={t('person.chooseUnit')} data-testid="person-unit" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="startDate" label={t('person.startDate')} extra={t('person.startDateHint')}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col span={16}>
            <Form.Item name="position" label={t('field.position')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="staffCategory" label={t('field.staffCategory')} required>
              <Select options={STAFF_CATEGORIES.map((c) => ({ value: c, label: codeLabel('staffCategory', c) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="isLeader" valuePropName="checked">
              <Checkbox>{t('field.isLeader')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="isDirectWorker" valuePropName="checked">
              <Checkbox>{t('field.isDirectWorker')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="email" label={t('field.email')}>
              <Input type="email" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t('field.phone')}>
              <Input />
            </Form.Item>
          </Col>
          {editing && (
            <Col span={12}>
              <Form.Item name="effectiveDate" label={t('person.effectiveDate')} extra={t('person.effectiveDateHint')}>
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
