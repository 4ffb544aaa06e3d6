import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Select, Radio } from 'antd';
import { ATTACHMENT_KINDS } from '../../../domain/proposals/dossier';
import {
  fixRequestInput, opinionInput, overrideInput, reasonInput, requestInput, REQUEST_FIELDS, REQUEST_FIELD_LABELS,
} from '../../../shared/schemas/proposals';
import type { z } from '../../../shared/zod-vi';
import { FormAlert } from '../../components/FormAlert';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useRecordSubmit } from '../../lib/record-form';
import { buttonTestId } from '../../lib/test-id';

/** The office's written acts (return, reject, override, request, opinion) and the unit's "Đã sửa". */
export type DialogKind = 'return' | 'reject' | 'override' | 'request' | 'opinion' | 'fix' | 'returnAll';

interface Values { reason?: string; target?: 'field' | 'attachment'; item?: string; message?: string; fromOffice?: string; text?: string; note?: string }
const FIELDS = ['reason', 'target', 'item', 'message', 'fromOffice', 'text', 'note'] as const;

const TITLES: Record<DialogKind, MessageKey> = {
  return: 'prop.review.return',
  reject: 'prop.review.reject',
  override: 'prop.review.override',
  request: 'prop.review.request',
  opinion: 'prop.review.opinion',
  fix: 'prop.cand.fixed',
  returnAll: 'prop.detail.returnAll',
};

/** One dialog for every act that carries a text: checked with the shared schema, errors next to the fields. */
export function CandidateActionDialog({
  kind, subtitle, onClose, onSubmit,
}: {
  kind: DialogKind | null;
  subtitle?: string;
  onClose: () => void;
  /** Sends the checked input; a refusal from the server lands next to its field. */
  onSubmit: (kind: DialogKind, input: Record<string, unknown>) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { error, setError, submit } = useRecordSubmit(form, FIELDS);
  const target = Form.useWatch('target', form);

  useEffect(() => {
    if (!kind) return;
    setError(null);
    form.resetFields();
    if (kind === 'request') form.setFieldsValue({ target: 'attachment' });
  }, [kind]);

  const onOk = async () => {
    if (!kind) return;
    const v = form.getFieldsValue();
    let schema: z.ZodType;
    let input: Record<string, unknown>;
    switch (kind) {
      case 'override': schema = overrideInput; input = { reason: v.reason ?? '' }; break;
      case 'request': schema = requestInput; input = { target: v.target, item: v.item ?? '', message: v.message ?? '' }; break;
      case 'opinion': schema = opinionInput; input = { fromOffice: v.fromOffice || undefined, text: v.text ?? '' }; break;
      case 'fix': schema = fixRequestInput; input = { note: v.note ?? '' }; break;
      default: schema = reasonInput; input = { reason: v.reason ?? '' };
    }
    const ok = await submit(schema, input, (data) => onSubmit(kind, data as Record<string, unknown>));
    if (ok) onClose();
  };

  const itemOptions: { value: string; label: string }[] = target === 'field'
    ? REQUEST_FIELDS.map((f) => ({ value: f, label: REQUEST_FIELD_LABELS[f] }))
    : ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`propAttachmentKind.${k}` as MessageKey) }));

  return (
    <Modal
      open={!!kind}
      title={kind ? t(TITLES[kind]) : ''}
      onOk={onOk}
      onCancel={onClose}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('candidate-action-ok')}
      destroyOnHidden
    >
      {subtitle && <Alert type="info" showIcon title={subtitle} style={{ marginBottom: 12 }} />}
      <FormAlert message={error} />
      <Form form={form} layout="vertical" name="candidate-action">
        {(kind === 'return' || kind === 'reject' || kind === 'returnAll') && (
          <Form.Item name="reason" label={t('prop.review.reason')} required>
            <Input.TextArea rows={3} data-testid="candidate-action-reason" />
          </Form.Item>
        )}
        {kind === 'override' && (
          <>
            <Alert type="warning" showIcon title={t('prop.review.overrideHint')} style={{ marginBottom: 12 }} />
            <Form.Item name="reason" label={t('prop.review.overrideReason')} required>
              <Input.TextArea rows={3} data-testid="candidate-action-reason" />
            </Form.Item>
          </>
        )}
        {kind === 'request' && (
          <>
            <Form.Item name="target" label={t('prop.review.requestTarget')} required>
              <Radio.Group
                onChange={() => form.setFieldsValue({ item: undefined })}
                options={[{ value: 'attachment', label: t('prop.review.targetAttachment') }, { value: 'field', label: t('prop.review.targetField') }]}
                data-testid="candidate-request-target"
              />
            </Form.Item>
            <Form.Item name="item" label={t('prop.review.requestItem')} required>
              <Select options={itemOptions} data-testid="candidate-request-item" />
            </Form.Item>
            <Form.Item name="message" label={t('prop.review.requestMessage')} required>
              <Input.TextArea rows={3} data-testid="candidate-request-message" />
            </Form.Item>
          </>
        )}
        {kind === 'opinion' && (
          <>
            <Form.Item name="fromOffice" label={t('prop.review.opinionFrom')} required>
              <Input data-testid="candidate-opinion-from" />
            </Form.Item>
            <Form.Item name="text" label={t('prop.review.opinionText')} required>
              <Input.TextArea rows={3} data-testid="candidate-opinion-text" />
            </Form.Item>
          </>
        )}
        {kind === 'fix' && (
          <Form.Item name="note" label={t('prop.cand.fixNote')}>
            <Input.TextArea rows={3} data-testid="candidate-fix-note" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
