import { useEffect } from 'react';
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { ACCEPTANCE_RESULTS, INITIATIVE_SCOPES, SCIENCE_TASK_KINDS } from '../../../domain/catalogue/codes';
import { SCIENCE_TASK_LEVELS, SCIENCE_TASK_ROLES } from '../../../domain/records/codes';
import { scienceTaskInput, scienceTaskUpdate } from '../../../shared/schemas/records';
import { scienceTasksApi, type ScienceTaskRow } from '../../api/records';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { orUndefined, useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';
import { FormAlert } from '../../components/FormAlert';
import { PersonSelect } from '../../components/PersonSelect';

interface Values {
  code?: string;
  title?: string;
  kind?: string;
  taskLevel?: string;
  acceptedOn?: Dayjs | null;
  acceptanceResult?: string | null;
  applied: boolean;
  impactScope?: string;
  impactRecognizedByProvinceHead: boolean;
  applicationEvidence?: string;
  members: { personId?: string; role?: string }[];
}
const FIELDS = [
  'code',
  'title',
  'kind',
  'taskLevel',
  'acceptedOn',
  'acceptanceResult',
  'applied',
  'impactScope',
  'impactRecognizedByProvinceHead',
  'applicationEvidence',
  'members',
] as const;

/** Record or correct an S&T task (nhiệm vụ KH&CN): level, acceptance, application and members. */
export function ScienceTaskFormDialog({ open, task, onClose }: { open: boolean; task?: ScienceTaskRow; onClose: () => void }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = scienceTasksApi.useSave();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      task
        ? { ...task, acceptedOn: fromIsoDate(task.acceptedOn), members: task.members.map((m) => ({ personId: m.personId, role: m.role.toUpperCase() })) }
        : { kind: 'DE_TAI', taskLevel: 'CO_SO', impactScope: 'CO_SO', applied: false, impactRecognizedByProvinceHead: false, members: [{ role: 'LEADER' }] },
    );
  }, [open, task, form]);

  const onFinish = async (v: Values) => {
    const input = {
      code: v.code ?? '',
      title: v.title ?? '',
      kind: v.kind,
      taskLevel: v.taskLevel,
      acceptedOn: toIsoDate(v.acceptedOn),
      acceptanceResult: v.acceptanceResult ?? null,
      applied: !!v.applied,
      impactScope: v.impactScope,
      impactRecognizedByProvinceHead: !!v.impactRecognizedByProvinceHead,
      applicationEvidence: v.applicationEvidence ?? '',
      members: (v.members ?? []).map((m) => ({ personId: orUndefined(m.personId), role: m.role })),
    };
    const ok = task
      ? await submit(scienceTaskUpdate, input, (data) => save.mutateAsync({ id: task.id, input: data }))
      : await submit(scienceTaskInput, input, (data) => save.mutateAsync({ input: data }));
    if (ok) {
      message.success(task ? t('records.saved') : t('tasks.created'));
      onClose();
    }
  };

  const known = task?.members.map((m) => ({ value: m.personId, label: m.personName }));
  return (
    <Modal
      open={open}
      title={task ? t('tasks.editTitle') : t('tasks.createTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      okButtonProps={buttonTestId('task-save')}
      destroyOnHidden
      width={720}
    >
      <FormAlert message={error} />
      <Form form={form} layout="vertical" onFinish={onFinish} name="task">
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '140px 1fr', gap: 12 }}>
          <Form.Item name="code" label={t('tasks.code')}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label={t('tasks.titleField')} required>
            <Input data-testid="task-title" />
          </Form.Item>
        </div>
        <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <Form.Item name="kind" label={t('tasks.kind')} required>
            <Select options={SCIENCE_TASK_KINDS.map((k) => ({ value: k, label: codeLabel('scienceTaskKind', k) }))} />
          </Form.Item>
          <Form.Item name="taskLevel" label={t('tasks.level')} required>
            <Select options={SCIENCE_TASK_LEVELS.map((k) => ({ value: k, label: codeLabel('scienceTaskLevel', k) }))} />
          </Form.Item>
          <Form.Item name="acceptedOn" label={t('tasks.acceptedOn')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.datePlaceholder')} />
          </Form.Item>
          <Form.Item name="acceptanceResult" label={t('tasks.acceptanceResult')}>
            <Select allowClear options={ACCEPTANCE_RESULTS.map((k) => ({ value: k, label: codeLabel('acceptanceResult', k) }))} />
          </Form.Item>
          <Form.Item name="impactScope" label={t('records.impactScope')}>
            <Select options={INITIATIVE_SCOPES.map((s) => ({ value: s, label: codeLabel('initiativeScope', s) }))} />
          </Form.Item>
          <Form.Item label=" ">
            <Space direction="vertical" size={0}>
              <Form.Item name="applied" valuePropName="checked" noStyle>
                <Checkbox>{t('tasks.applied')}</Checkbox>
              </Form.Item>
              <Form.Item name="impactRecognizedByProvinceHead" valuePropName="checked" noStyle>
                <Checkbox>{t('records.impactByProvinceHead')}</Checkbox>
              </Form.Item>
            </Space>
          </Form.Item>
        </div>
        <Form.Item name="applicationEvidence" label={t('tasks.applicationEvidence')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List name="members">
          {(fields, { add, remove }, meta) => (
            <Form.Item label={t('tasks.members')} required>
              {fields.map((field) => (
                <div key={field.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <Form.Item name={[field.name, 'personId']} style={{ flex: 1, marginBottom: 8 }}>
                    <PersonSelect placeholder={t('records.personPlaceholder')} known={known} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']} style={{ width: 150, marginBottom: 8 }}>
                    <Select options={SCIENCE_TASK_ROLES.map((r) => ({ value: r, label: codeLabel('scienceTaskRole', r) }))} />
                  </Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
                </div>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'MEMBER' })}>
                {t('tasks.addMember')}
              </Button>
              <Form.ErrorList errors={meta.errors} />
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
