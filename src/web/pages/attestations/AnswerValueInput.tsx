import { InputNumber, Radio, Space } from 'antd';
import type { AttestationSpecView, AttestationValue } from '../../api/attestations';
import { useI18n } from '../../i18n/i18n';

type Vote = { yes: number; members: number; present?: number };

/** The value of one answer, in the form its type asks for: Có/Không, a number with its unit, or a vote. */
export function AnswerValueInput({ spec, value, onChange, testId = 'attest-value' }: {
  spec: Pick<AttestationSpecView, 'valueType' | 'unit'> | undefined;
  value?: AttestationValue | null;
  onChange?: (v: AttestationValue | null) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  if (!spec) return null;
  if (spec.valueType === 'boolean') {
    return (
      <Radio.Group
        value={typeof value === 'boolean' ? value : undefined}
        onChange={(e) => onChange?.(e.target.value as boolean)}
        data-testid={testId}
        options={[
          { value: true, label: <span data-testid={`${testId}-yes`}>{t('attest.yes')}</span> },
          { value: false, label: <span data-testid={`${testId}-no`}>{t('attest.no')}</span> },
        ]}
      />
    );
  }
  if (spec.valueType === 'vote') {
    const v = (value && typeof value === 'object' ? value : {}) as Partial<Vote>;
    const set = (patch: Partial<Vote>) => onChange?.({ yes: v.yes ?? 0, members: v.members ?? 1, ...(v.present !== undefined ? { present: v.present } : {}), ...patch } as Vote);
    return (
      <Space wrap data-testid={testId}>
        <InputNumber min={0} value={v.yes} onChange={(n) => set({ yes: Number(n ?? 0) })} placeholder={t('attest.voteYes')} aria-label={t('attest.voteYes')} />
        <InputNumber min={1} value={v.members} onChange={(n) => set({ members: Number(n ?? 1) })} placeholder={t('attest.voteMembers')} aria-label={t('attest.voteMembers')} />
        <InputNumber min={0} value={v.present} onChange={(n) => set({ present: n === null ? undefined : Number(n) })} placeholder={t('attest.votePresent')} aria-label={t('attest.votePresent')} />
      </Space>
    );
  }
  return (
    <InputNumber
      min={0}
      max={spec.valueType === 'months' ? 12 : 366}
      step={spec.valueType === 'months' ? 0.5 : 1}
      value={typeof value === 'number' ? value : undefined}
      onChange={(n) => onChange?.(n === null ? null : Number(n))}
      suffix={spec.unit}
      decimalSeparator=","
      style={{ width: 200 }}
      data-testid={testId}
    />
  );
}
