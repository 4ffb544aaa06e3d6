import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_SETTINGS, SETTINGS_METADATA, SETTINGS_SPEC, SETTING_KEYS, validateSettingValue } from '../../src/domain/eligibility/settings';
import { formatSettingValueVi, SETTING_EDITORS } from '../../src/domain/eligibility/setting-values';
import { formatNumberVi, formatPercentVi, formatShareVi } from '../../src/domain/text/numbers';

/** What a person should never read on the regulation page: codes, JSON, programming words. */
const DEVELOPER_VALUE = /[A-Z]{2,}_[A-Z_]+|\bFLOOR\b|\bCEIL\b|\bHALF_UP\b|^\[\]$|[{}[\]]|"|\btrue\b|\bfalse\b|\bnull\b|\bundefined\b/;

describe('the agency regulation in words', () => {
  it('every setting has an editor and its default reads as Vietnamese words, not a code or JSON', () => {
    for (const key of SETTING_KEYS) {
      expect(SETTING_EDITORS[key], key).toBeDefined();
      const text = formatSettingValueVi(key, DEFAULT_SETTINGS[key]);
      expect(text, key).not.toBe('');
      expect(text, `${key}: ${text}`).not.toMatch(DEVELOPER_VALUE);
    }
  });

  it('every value of every choice has its own Vietnamese label', () => {
    for (const key of SETTING_KEYS) {
      const editor = SETTING_EDITORS[key];
      if (editor.kind !== 'choice') continue;
      let schema: z.ZodType = SETTINGS_SPEC[key].schema;
      if (schema instanceof z.ZodNullable) schema = schema.unwrap() as z.ZodType;
      const options = (schema as z.ZodEnum).options.map(String);
      expect(Object.keys(editor.optionsVi).sort(), key).toEqual([...options].sort());
      for (const o of options) expect(formatSettingValueVi(key, o), `${key}=${o}`).not.toMatch(DEVELOPER_VALUE);
    }
  });

  it('names the values the issue found shown as codes', () => {
    expect(formatSettingValueVi('nextAwardWindowStart', 'AFTER_PREVIOUS_DECISION_YEAR')).toBe('Chỉ tính các năm sau năm quyết định khen lần trước');
    expect(formatSettingValueVi('consecutiveWindowMode', 'CALENDAR_UNBROKEN')).toBe('Các năm liền nhau; năm không xếp loại làm đứt chuỗi');
    expect(formatSettingValueVi('roundingMode', 'FLOOR')).toBe('Làm tròn xuống');
    expect(formatSettingValueVi('vote.secret', { CSTD_TINH: true, CSTD_TQ: true })).toBe('Chiến sĩ thi đua cấp tỉnh, Chiến sĩ thi đua toàn quốc');
    expect(formatSettingValueVi('vote.threshold', { CSTD_TINH: 0.9 })).toBe('Chiến sĩ thi đua cấp tỉnh: từ 90\u00a0%');
    expect(formatSettingValueVi('giayKhen.criteria', [])).toBe('Không có');
    expect(formatSettingValueVi('ldtt.maxLeaveWorkingDays', null)).toBe('Không quy định');
    expect(formatSettingValueVi('ldtt.maxLeaveWorkingDays', 40)).toBe('40 ngày làm việc');
    expect(formatSettingValueVi('ttldtt.minLdttShare', 0.5)).toBe('50\u00a0%');
    expect(formatSettingValueVi('vote.quorum', 2 / 3)).toBe('66,7\u00a0%');
    expect(formatSettingValueVi('quota.CSTDCS', { pct: 15, base: 'LDTT' })).toBe('Tối đa 15\u00a0% số cá nhân đạt Lao động tiên tiến');
    expect(formatSettingValueVi('ttldtt.maxDisciplineForm', null)).toBe('Không chấp nhận kỷ luật nào');
    expect(formatSettingValueVi('bkTinh.criteria', ['a', 'd'])).toBe('Điểm a, Điểm d');
  });

  it('help texts explain in words: no "true:", "false:", "null:" and no value codes', () => {
    for (const m of SETTINGS_METADATA) {
      expect(m.descriptionVi, m.key).not.toMatch(/\b(true|false|null)\b\s*:/);
      expect(m.descriptionVi, m.key).not.toMatch(/[A-Z]{2,}_[A-Z_]+|\bFLOOR\b|flags\./);
      expect(m.defaultValueVi, m.key).toBe(formatSettingValueVi(m.key, m.defaultValue));
      expect(m.citationWhere, m.key).not.toContain('chưa được xác nhận');
    }
  });

  it('a refused value is named by the setting\'s Vietnamese label, not its key', () => {
    const r = validateSettingValue('ldtt.maxLeaveWorkingDays', -3);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain('Số ngày nghỉ tối đa trong năm để xét Lao động tiên tiến');
    expect(!r.ok && r.detail).not.toContain('ldtt.');
  });
});

describe('numbers in Vietnamese format', () => {
  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumberVi(1181)).toBe('1.181');
    expect(formatNumberVi(1234567.5)).toBe('1.234.567,5');
    expect(formatPercentVi(66.666)).toBe('66,7\u00a0%');
    expect(formatShareVi(2 / 3)).toBe('66,7\u00a0%');
    expect(formatPercentVi(20)).toBe('20\u00a0%');
  });
});
