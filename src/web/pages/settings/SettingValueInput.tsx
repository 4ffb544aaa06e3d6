import { Button, Checkbox, DatePicker, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { AWARD_CODES, AWARD_LABELS, RATING_LEVEL_LABELS, type EvaluableAward } from '../../../domain/catalogue';
import type { AgencyCriterion } from '../../../domain/eligibility/settings';
import {
  NUMBER_UNIT_LABELS,
  PER_AWARD_CODES,
  type CriteriaEditor,
  type NumberEditor,
  type PerAwardEditor,
  type QuotaEditor,
  type SettingEditor,
} from '../../../domain/eligibility/setting-values';
import { useI18n } from '../../i18n/i18n';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates';

type Change = (v: unknown) => void;

/** 0,5 is entered as 50 (%); percent and counts as they are. */
const toShown = (e: NumberEditor, v: number) => (e.unit === 'share' ? Math.round(v * 10000) / 100 : v);
const fromShown = (e: NumberEditor, v: number) => (e.unit === 'share' ? Math.round(v * 100) / 10000 : v);

function NumberInput({ editor, value, onChange }: { editor: NumberEditor; value: unknown; onChange: Change }) {
  const isNone = value === null || value === undefined;
  const max = editor.max === undefined ? undefined : editor.unit === 'share' ? editor.max * 100 : editor.max;
  return (
    <Space wrap>
      <InputNumber
        value={typeof value === 'number' ? toShown(editor, value) : null}
        onChange={(v) => onChange(v === null ? (editor.noneVi ? null : undefined) : fromShown(editor, v))}
        min={editor.unit === 'share' ? editor.min * 100 : editor.min}
        max={max}
        precision={editor.integer ? 0 : undefined}
        decimalSeparator=","
        suffix={NUMBER_UNIT_LABELS[editor.unit]}
        style={{ width: 200 }}
        disabled={!!editor.noneVi && isNone}
        data-testid="setting-value-number"
      />
      {editor.noneVi && (
        <Checkbox checked={isNone} onChange={(e) => onChange(e.target.checked ? null : editor.min)} data-testid="setting-value-none">
          {editor.noneVi}
        </Checkbox>
      )}
    </Space>
  );
}

function QuotaInput({ editor, value, onChange }: { editor: QuotaEditor; value: unknown; onChange: Change }) {
  const q = value as { pct: number; base: keyof QuotaEditor['baseVi'] } | null;
  return (
    <div>
      <Checkbox checked={!q} onChange={(e) => onChange(e.target.checked ? null : { pct: 15, base: 'LDTT' })} data-testid="setting-value-none">
        {editor.noneVi}
      </Checkbox>
      {q && (
        <Space wrap style={{ marginTop: 8 }}>
          <InputNumber value={q.pct} min={0} max={100} decimalSeparator="," suffix="%" onChange={(v) => onChange({ ...q, pct: v ?? 0 })} data-testid="setting-value-number" />
          <Select
            value={q.base}
            onChange={(base) => onChange({ ...q, base })}
            options={Object.entries(editor.baseVi).map(([v, label]) => ({ value: v, label }))}
            style={{ minWidth: 240 }}
          />
        </Space>
      )}
    </div>
  );
}

function PerAwardInput({ editor, value, onChange }: { editor: PerAwardEditor; value: unknown; onChange: Change }) {
  const { t } = useI18n();
  const rec = (value ?? {}) as Partial<Record<EvaluableAward, boolean | number>>;
  const set = (award: EvaluableAward, v: boolean | number | null) => {
    const next = { ...rec };
    if (v === null || v === false) delete next[award];
    else next[award] = v;
    onChange(next);
  };
  return (
    <div className="vd-per-award" data-testid="setting-value-per-award">
      {PER_AWARD_CODES.map((award) => (
        <div key={award} className="vd-per-award-row" data-award={award}>
          <span>{AWARD_LABELS[award]}</span>
          {editor.of === 'switch' ? (
            <Switch size="small" checked={rec[award] === true} onChange={(on) => set(award, on)} aria-label={AWARD_LABELS[award]} />
          ) : (
            <InputNumber
              size="small"
              value={typeof rec[award] === 'number' ? Math.round((rec[award] as number) * 10000) / 100 : null}
              min={0}
              max={100}
              decimalSeparator=","
              suffix="%"
              placeholder={t('settings.notSet')}
              onChange={(v) => set(award, v === null ? null : Math.round(v * 100) / 10000)}
              style={{ width: 120 }}
              aria-label={AWARD_LABELS[award]}
            />
          )}
        </div>
      ))}
    </div>
  );
}

const CHECK_KINDS = ['answer', 'minRating', 'hasTitle'] as const;
const MIN_LEVELS = ['HTXSNV', 'HTTNV', 'HTNV'] as const;

function newCriterion(n: number): AgencyCriterion {
  return {
    id: `CQ.${n}`,
    label: '',
    check: { kind: 'answer' },
    subjects: ['individual', 'collective'],
    legalBasis: { instrument: 'AGENCY', confidence: 'P', text: '' },
  };
}

/** The agency's own criteria: a name, how each is checked, who it applies to, and its basis. */
function CriteriaInput({ value, onChange }: { editor: CriteriaEditor; value: unknown; onChange: Change }) {
  const { t } = useI18n();
  const list = (Array.isArray(value) ? value : []) as AgencyCriterion[];
  const update = (i: number, patch: Partial<AgencyCriterion>) => onChange(list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div data-testid="setting-value-criteria">
      {list.length === 0 && (
        <Typography.Paragraph type="secondary" data-testid="setting-criteria-empty">
          {t('settings.noCriteria')}
        </Typography.Paragraph>
      )}
      {list.map((c, i) => (
        <div key={i} className="vd-criterion-edit" data-testid="setting-criterion">
          <div style={{ display: 'flex', gap: 8 }}>
            <Input
              value={c.label}
              placeholder={t('settings.criterionName')}
              onChange={(e) => update(i, { label: e.target.value })}
              aria-label={t('settings.criterionName')}
              data-testid="setting-criterion-label"
            />
            <Button icon={<DeleteOutlined />} onClick={() => onChange(list.filter((_, j) => j !== i))} aria-label={t('settings.removeCriterion')} />
          </div>
          <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, marginTop: 8 }}>
            <Select
              value={c.check.kind}
              aria-label={t('settings.criterionCheck')}
              onChange={(kind: (typeof CHECK_KINDS)[number]) =>
                update(i, { check: kind === 'answer' ? { kind } : kind === 'minRating' ? { kind, level: 'HTTNV' } : { kind, award: 'LDTT' } })
              }
              options={CHECK_KINDS.map((k) => ({ value: k, label: t(`settings.check.${k}`) }))}
            />
            {c.check.kind === 'minRating' && (
              <Select
                value={c.check.level}
                onChange={(level: (typeof MIN_LEVELS)[number]) => update(i, { check: { kind: 'minRating', level } })}
                options={MIN_LEVELS.map((l) => ({ value: l, label: RATING_LEVEL_LABELS[l] }))}
              />
            )}
            {c.check.kind === 'hasTitle' && (
              <Select
                value={c.check.award}
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(award: (typeof AWARD_CODES)[number]) => update(i, { check: { kind: 'hasTitle', award } })}
                options={AWARD_CODES.map((a) => ({ value: a, label: AWARD_LABELS[a] }))}
              />
            )}
          </div>
          <Checkbox.Group
            style={{ marginTop: 8 }}
            value={c.subjects}
            onChange={(subjects) => update(i, { subjects: subjects as AgencyCriterion['subjects'] })}
            options={[
              { value: 'individual', label: t('settings.forIndividuals') },
              { value: 'collective', label: t('settings.forCollectives') },
            ]}
          />
          <div className="vd-form-grid" style={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 8, marginTop: 8 }}>
            <Input
              value={c.legalBasis.instrumentName ?? ''}
              placeholder={t('settings.criterionDocument')}
              onChange={(e) => update(i, { legalBasis: { ...c.legalBasis, instrumentName: e.target.value || undefined } })}
              aria-label={t('settings.criterionDocument')}
            />
            <Input
              value={c.legalBasis.article ?? ''}
              placeholder={t('settings.criterionArticle')}
              onChange={(e) => update(i, { legalBasis: { ...c.legalBasis, article: e.target.value || undefined } })}
              aria-label={t('settings.criterionArticle')}
            />
          </div>
          <Input
            style={{ marginTop: 8 }}
            value={c.legalBasis.text}
            placeholder={t('settings.criterionText')}
            onChange={(e) => update(i, { legalBasis: { ...c.legalBasis, text: e.target.value } })}
            aria-label={t('settings.criterionText')}
          />
          <div className="vd-setting-key" style={{ marginTop: 6 }}>
            {t('settings.criterionCode')}{' '}
            <Input
              size="small"
              variant="borderless"
              value={c.id}
              onChange={(e) => update(i, { id: e.target.value })}
              style={{ width: 160, fontFamily: 'inherit', fontSize: 'inherit' }}
              aria-label={t('settings.criterionCode')}
            />
          </div>
        </div>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...list, newCriterion(list.length + 1)])} data-testid="setting-criterion-add">
        {t('settings.addCriterion')}
      </Button>
    </div>
  );
}

/** The control for a setting's value, by its editor: switch, choice, number with unit, criteria, per-award switches. */
export function SettingValueInput({ editor, value, onChange }: { editor: SettingEditor; value?: unknown; onChange?: Change }) {
  const { t } = useI18n();
  const change: Change = (v) => onChange?.(v);
  switch (editor.kind) {
    case 'switch':
      return (
        <Space>
          <Switch checked={value === true} onChange={(v) => change(v)} data-testid="setting-value-switch" />
          <span data-testid="setting-value-switch-text">{value === true ? editor.onVi : editor.offVi}</span>
        </Space>
      );
    case 'choice': {
      const options = [
        ...Object.entries(editor.optionsVi).map(([v, label]) => ({ value: v, label })),
        ...(editor.noneVi ? [{ value: '__none', label: editor.noneVi }] : []),
      ];
      return options.length <= 4 ? (
        <Radio.Group
          value={value ?? '__none'}
          onChange={(e) => change(e.target.value === '__none' ? null : e.target.value)}
          options={options}
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          data-testid="setting-value-enum"
        />
      ) : (
        <Select
          value={(value as string | null | undefined) ?? '__none'}
          onChange={(v: string) => change(v === '__none' ? null : v)}
          options={options}
          style={{ width: '100%', maxWidth: 360 }}
          data-testid="setting-value-enum"
        />
      );
    }
    case 'number':
      return <NumberInput editor={editor} value={value} onChange={change} />;
    case 'date':
      return (
        <DatePicker
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(d) => change(toIsoDate(d))}
          format={DATE_FORMAT}
          placeholder={t('common.datePlaceholder')}
        />
      );
    case 'quota':
      return <QuotaInput editor={editor} value={value} onChange={change} />;
    case 'multiChoice':
      return (
        <Checkbox.Group
          value={(value as string[] | undefined) ?? []}
          onChange={(v) => change(Object.keys(editor.optionsVi).filter((k) => v.includes(k)))}
          options={Object.entries(editor.optionsVi).map(([v, label]) => ({ value: v, label }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          data-testid="setting-value-multi"
        />
      );
    case 'cstdcsPaths': {
      const p = (value ?? { allowed: [], combine: 'ANY' }) as { allowed: string[]; combine: string };
      return (
        <div data-testid="setting-value-paths">
          <Checkbox.Group
            value={p.allowed}
            onChange={(allowed) => change({ ...p, allowed: Object.keys(editor.pathsVi).filter((k) => allowed.includes(k)) })}
            options={Object.entries(editor.pathsVi).map(([v, label]) => ({ value: v, label }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
          />
          <Radio.Group
            value={p.combine}
            onChange={(e) => change({ ...p, combine: e.target.value })}
            options={Object.entries(editor.combineVi).map(([v, label]) => ({ value: v, label }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 6, marginTop: 10 }}
          />
        </div>
      );
    }
    case 'criteria':
      return <CriteriaInput editor={editor} value={value} onChange={change} />;
    case 'perAward':
      return <PerAwardInput editor={editor} value={value} onChange={change} />;
  }
}
