import { describe, expect, it } from 'vitest';
import {
  AWARD_CATALOGUE,
  AWARD_CODES,
  DISCIPLINE_FORMS,
  DISCIPLINE_SEVERITY,
  findAward,
  LABELS_VI,
  RATING_LEVEL_LABELS,
} from '../../../src/domain/catalogue';

describe('catalogue', () => {
  it('uses the official Vietnamese names with diacritics', () => {
    expect(LABELS_VI.awards.LDTT).toBe('Lao động tiên tiến');
    expect(LABELS_VI.awards.CSTDCS).toBe('Chiến sĩ thi đua cơ sở');
    expect(LABELS_VI.awards.TTLDTT).toBe('Tập thể lao động tiên tiến');
    expect(LABELS_VI.awards.TTLDXS).toBe('Tập thể lao động xuất sắc');
    expect(LABELS_VI.awards.GK_SO).toBe('Giấy khen của Giám đốc Sở');
    expect(RATING_LEVEL_LABELS.HTXSNV).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(LABELS_VI.disciplineForms.KHIEN_TRACH).toBe('Khiển trách');
    expect(LABELS_VI.disciplineForms.CANH_CAO).toBe('Cảnh cáo');
  });

  it('every code of every list has a non-empty Vietnamese label', () => {
    for (const [list, labels] of Object.entries(LABELS_VI)) for (const [code, label] of Object.entries(labels)) expect(label, `${list}.${code}`).not.toBe('');
    for (const c of AWARD_CODES) expect(LABELS_VI.awards[c]).toBeTruthy();
  });

  it('the department confers LĐTT, CSTĐCS, TTLĐTT and Giấy khen itself (Art. 80.1)', () => {
    const self = new Set(AWARD_CATALOGUE.filter((e) => e.selfConferred).map((e) => e.code));
    expect([...self].sort()).toEqual(['CSTDCS', 'GK_SO', 'LDTT', 'TTLDTT']);
    expect(findAward('LDTT', '2025-01-01').authorityBasis).toMatchObject({ instrument: 'LAW2022', article: '80', clause: '1', confidence: 'P' });
  });

  it('discipline forms are ordered by severity from khiển trách to buộc thôi việc', () => {
    const sev = DISCIPLINE_FORMS.map((f) => DISCIPLINE_SEVERITY[f]);
    expect(sev).toEqual([...sev].sort((a, b) => a - b));
    expect(DISCIPLINE_SEVERITY.CANH_CAO).toBeGreaterThan(DISCIPLINE_SEVERITY.KHIEN_TRACH);
  });

  it('catalogue entries are versioned: the reward basis is ND98 before 01/07/2025 and ND152 after', () => {
    expect(findAward('CSTDCS', '2025-06-30').reward.legalBasis.instrument).toBe('ND98');
    expect(findAward('CSTDCS', '2025-07-01').reward.legalBasis.instrument).toBe('ND152');
    expect(findAward('CSTDCS', '2025-07-01').reward.multiplier).toBe(1);
  });

  it('periods of one award do not overlap', () => {
    for (const code of AWARD_CODES) {
      const es = AWARD_CATALOGUE.filter((e) => e.code === code).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      for (let i = 1; i < es.length; i++) expect(es[i - 1]!.effectiveTo! < es[i]!.effectiveFrom, code).toBe(true);
    }
  });
});
