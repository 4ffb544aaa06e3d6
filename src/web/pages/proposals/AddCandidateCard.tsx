import { App, Button, Card, Form, Input, Radio, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { BASIS_TYPES } from '../../../domain/catalogue/codes';
import { addCandidateInput } from '../../../shared/schemas/proposals';
import { useAddCandidate, type RoundView } from '../../api/proposals';
import { FormAlert } from '../../components/FormAlert';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useI18n } from '../../i18n/i18n';
import { useRecordSubmit } from '../../lib/record-form';

interface Values { subject: 'individual' | 'collective'; personId?: string; unitId?: string; awardCode?: string; basisType?: string; note?: string }
const FIELDS = ['personId', 'unitId', 'awardCode', 'basisType', 'note'] as const;

/** Add a person (within the proposing unit's subtree) or a collective, for an award of the round. */
export function AddCandidateCard({ proposalId, unitId, round }: { proposalId: string; unitId: string; round: RoundView | undefined }) {
  const { t, codeLabel } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddCandidate(proposalId);
  const { error, submit } = useRecordSubmit(form, FIELDS);
  const subject = Form.useWatch('subject', form);

  const onFinish = async (v: Values) => {
    let name = '';
    const ok = await submit(addCandidateInput, {
      personId: v.subject === 'individual' ? v.personId : undefined,
      unitId: v.subject === 'collective' ? v.unitId : undefined,
      awardCode: v.awardCode, basisType: v.basisType, note: v.note ?? '',
    }, async (input) => { name = (await add.mutateAsync(input)).name; });
    if (ok) {
      message.success(t('prop.cand.added', { name }));
      form.setFieldsValue({ personId: undefined, unitId: undefined, note: '' });
    }
  };

  return (
    <Card size="small" title={t('prop.cand.addTitle')} data-testid="candidate-add">
      <FormAlert message={error} />
      <Form form={form} layout="inline" name="candidate-add" onFinish={onFinish} initialValues={{ subject: 'individual', basisType: 'CONG_TRANG' }} style={{ rowGap: 8 }}>
        <Form.Item name="subject" label={t('prop.cand.subjectKind')}>
          <Radio.Group
            optionType="button"
            options={[{ value: 'individual', label: t('prop.cand.individual') }, { value: 'collective', label: t('prop.cand.collective') }]}
            data-testid="candidate-add-kind"
          />
        </Form.Item>
        {subject !== 'collective' ? (
          <Form.Item name="personId" label={t('prop.cand.person')} required style={{ minWidth: 320 }}>
            <PersonSelect data-testid="candidate-add-person" />
          </Form.Item>
        ) : (
          <Form.Item name="unitId" label={t('prop.cand.unit')} required style={{ minWidth: 320 }}>
            <UnitTreeSelect rootIds={[unitId]} data-testid="candidate-add-unit" />
          </Form.Item>
        )}
        <Form.Item name="awardCode" label={t('prop.cand.award')} required style={{ minWidth: 320 }}>
          <Select options={(round?.awardCodes ?? []).map((c) => ({ value: c, label: codeLabel('award', c) }))} popupMatchSelectWidth={false} data-testid="candidate-add-award" />
        </Form.Item>
        <Form.Item name="basisType" label={t('prop.cand.basis')} style={{ minWidth: 300 }}>
          <Select options={BASIS_TYPES.map((b) => ({ value: b, label: codeLabel('basisType', b) }))} popupMatchSelectWidth={false} data-testid="candidate-add-basis" />
        </Form.Item>
        <Form.Item name="note" label={t('prop.cand.note')} style={{ minWidth: 320 }}>
          <Input data-testid="candidate-add-note" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} data-testid="candidate-add-submit">{t('prop.cand.add')}</Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
