import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, SETTINGS_METADATA, SettingsError, settingsFromOverrides } from '../../../src/domain/eligibility';

describe('agency settings', () => {
  it('defaults follow §13 of the legal reference', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      roundingMode: 'FLOOR',
      'ttldtt.minLdttShare': 0.5,
      'ttldtt.minLdttShareInclusive': false,
      'ttldtt.maxDisciplineForm': 'KHIEN_TRACH',
      'ttldxs.minLdttShare': 0.7,
      'ttldxs.requireCstdcs': true,
      'ttldxs.noDisciplineRule': false,
      initiativeYearWindow: 'SAME_OR_PREVIOUS_YEAR',
      'cstdcs.paths': { allowed: ['HTXSNV', 'INITIATIVE', 'SCIENCE_TASK'], combine: 'ANY' },
      'ldtt.minWorkedMonths': null,
      'ldtt.maxLeaveWorkingDays': null,
      'ldtt.provinceExtraCriteria': [],
      nextAwardWindowStart: 'AFTER_PREVIOUS_DECISION_YEAR',
      consecutiveWindowMode: 'CALENDAR_UNBROKEN',
      'bkTinh.allowMixedInitiativeAndSciWork': false,
      'vote.threshold': { CSTD_TINH: 0.9, CSTD_TQ: 0.9 },
      'eval.xsCapPct': 20,
      'eval.xsCapPctOutstandingUnit': 25,
      'quota.CSTDCS': null,
      'regime.law2026.enabled': false,
    });
  });

  it('a dated override applies only within its dates', () => {
    const entries = [{ key: 'roundingMode', value: 'HALF_UP', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' }];
    expect(resolveSettings(entries, '2025-06-01').roundingMode).toBe('HALF_UP');
    expect(resolveSettings(entries, '2026-01-01').roundingMode).toBe('FLOOR');
  });

  it('the override with the latest start wins when two are in force', () => {
    const entries = [
      { key: 'ttldxs.minLdttShare', value: 0.8, effectiveFrom: '2024-01-01', effectiveTo: null },
      { key: 'ttldxs.minLdttShare', value: 0.75, effectiveFrom: '2025-01-01', effectiveTo: null },
    ];
    expect(resolveSettings(entries, '2025-06-01')['ttldxs.minLdttShare']).toBe(0.75);
    expect(resolveSettings(entries, '2024-06-01')['ttldxs.minLdttShare']).toBe(0.8);
  });

  it('an invalid value is rejected with a Vietnamese message naming the key', () => {
    try {
      resolveSettings([{ key: 'roundingMode', value: 'UP', effectiveFrom: '2024-01-01', effectiveTo: null }], '2025-01-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SettingsError);
      expect((e as SettingsError).issues[0]).toContain('Giá trị của "Cách làm tròn khi tính hạn mức" (khóa "roundingMode") không hợp lệ');
    }
  });

  it('an unknown key is rejected', () => {
    expect(() => settingsFromOverrides({ 'ttldtt.share': 0.6 })).toThrow(/không tồn tại/);
  });

  it('agency criteria are validated and get their defaults', () => {
    const s = settingsFromOverrides({ 'giayKhen.criteria': [{ id: 'gk.a', label: 'Tiêu chí A', legalBasis: { instrumentName: 'Quy chế của Sở' } }] });
    expect(s['giayKhen.criteria'][0]).toMatchObject({ check: { kind: 'answer' }, subjects: ['individual', 'collective'], legalBasis: { instrument: 'AGENCY', confidence: 'P' } });
  });

  it('every setting has a Vietnamese label, a description and a legal basis with a citation', () => {
    for (const m of SETTINGS_METADATA) {
      expect(m.labelVi, m.key).not.toBe('');
      expect(m.descriptionVi, m.key).not.toBe('');
      expect(m.citation, m.key).not.toBe('');
    }
  });

  it('settings the law leaves unconfirmed are flagged "chưa được xác nhận"', () => {
    const flagged = SETTINGS_METADATA.filter((m) => m.unconfirmed).map((m) => m.key);
    for (const k of ['roundingMode', 'ttldtt.minLdttShare', 'initiativeYearWindow', 'nextAwardWindowStart', 'bkTinh.allowMixedInitiativeAndSciWork', 'ldtt.minWorkedMonths', 'quota.CSTDCS', 'vote.threshold', 'regime.law2026.enabled'])
      expect(flagged, k).toContain(k);
    expect(SETTINGS_METADATA.find((m) => m.key === 'roundingMode')!.unconfirmedLabelVi).toBe('chưa được xác nhận');
    expect(SETTINGS_METADATA.find((m) => m.key === 'ttldxs.minLdttShare')!.unconfirmed).toBe(false);
  });
});
