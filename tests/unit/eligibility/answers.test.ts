/**
 * The answers catalogue (xác nhận) must cover every answer the engine can ask for: a case with no
 * answers at all names, on each line left "missing" for want of an answer, catalogue keys only; a case
 * with every catalogue answer recorded has no line missing for want of one; and every flag of the
 * input schema is in the catalogue.
 */
import { describe, expect, it } from 'vitest';
import { EVALUABLE_AWARDS } from '../../../src/domain/catalogue';
import {
  ANSWER_CATALOGUE, answerCatalogue, answerKey, answerLabel, answerSpec, checkAnswerValue, evaluateMany, flagsFromAnswers, formatAnswerValue, FlagsSchema,
  settingsFromOverrides, type Flags,
} from '../../../src/domain/eligibility';
import { award, awards, collective, initiative, member, person, ratings, screeningCase } from './factory';

const criterion = (id: string, label: string, subjects: ('individual' | 'collective')[] = ['individual', 'collective']) => ({ id, label, subjects, legalBasis: { text: label } });

/** Every setting that makes the engine ask for an answer, switched on. */
const SETTINGS = settingsFromOverrides({
  'ldtt.minWorkedMonths': 10,
  'ldtt.maxLeaveWorkingDays': 40,
  'ldtt.provinceExtraCriteria': [criterion('LS_LDTT_1', 'Tham gia đầy đủ hoạt động đoàn thể', ['individual'])],
  'giayKhen.criteria': [criterion('GK_1', 'Có thành tích được đơn vị ghi nhận')],
  'bkTinh.collectiveCriteria': [criterion('BKT_TT_1', 'Tập thể tiêu biểu của ngành', ['collective'])],
  'bkTtg.collectiveCriteria': [criterion('BKTTG_TT_1', 'Tập thể tiêu biểu toàn quốc', ['collective'])],
  'coTdTinh.criteria': [criterion('CO_1', 'Hoàn thành vượt mức chỉ tiêu', ['collective'])],
});

const YEAR = 2025;

function cases(flags: Flags, unitFlags: Flags) {
  const p = person({
    ratings: ratings(2019, YEAR, 'HTXSNV'),
    awards: [...awards('CSTDCS', [2023, 2024, 2025]), award('CSTD_TINH', 2022), award('CSTD_TINH', 2024), award('BK_TINH', 2020)],
    initiatives: [initiative('SK1', '2025-06-01', { impactScope: 'TOAN_QUOC', replicable: true, impactRecognizedByProvinceHead: true })],
    flags,
  });
  const c = collective({ ratings: ratings(2024, YEAR, 'HTXSNV'), members: [member('M1', YEAR, { titles: ['LDTT', 'CSTDCS'] })], flags: unitFlags });
  return [screeningCase(YEAR, p), screeningCase(YEAR, c)];
}

function askedKeys(flags: Flags, unitFlags: Flags): Set<string> {
  const keys = new Set<string>();
  for (const verdicts of evaluateMany(cases(flags, unitFlags), EVALUABLE_AWARDS, SETTINGS)) {
    for (const v of verdicts) for (const l of v.criteria) for (const k of l.answers ?? []) keys.add(k);
  }
  return keys;
}

/** A value of the right type for every catalogue answer (true for yes/no). */
function everyAnswer(subject: 'individual' | 'collective'): Flags {
  const entries: [string, unknown][] = [];
  for (const a of answerCatalogue(SETTINGS)) {
    if (!a.subjects.includes(subject)) continue;
    const value = a.valueType === 'boolean' ? a.key !== 'dissolved' : a.valueType === 'months' ? 12 : a.valueType === 'working_days' ? 0 : { yes: 9, members: 9, present: 9 };
    entries.push([a.key, value]);
  }
  return flagsFromAnswers(entries);
}

describe('the answers catalogue', () => {
  it('names in Vietnamese every answer the engine asks for when none is recorded', () => {
    const asked = askedKeys({}, {});
    expect(asked.size).toBeGreaterThan(10);
    for (const k of asked) {
      const spec = answerSpec(k, SETTINGS);
      expect(spec, `${k} is asked for but not in the catalogue`).toBeDefined();
      expect(answerLabel(k, SETTINGS)).toMatch(/[à-ỹ]/);
    }
    for (const k of ['exemplaryCompliance', 'answers.BK_TINH.a', 'answers.BK_TINH.b', 'answers.BK_TINH.c', 'councilSelected', 'workedMonths', 'leaveWorkingDays', 'movementActive', 'internalUnity', 'answers.LS_LDTT_1', 'answers.GK_1']) {
      expect(asked, k).toContain(k);
    }
  });

  it('leaves no line missing for want of an answer once every catalogue answer is recorded', () => {
    expect([...askedKeys(everyAnswer('individual'), everyAnswer('collective'))]).toEqual([]);
  });

  it('holds every flag of the input schema', () => {
    const keys = new Set(ANSWER_CATALOGUE.map((a) => a.key as string));
    for (const k of Object.keys(FlagsSchema.shape)) if (k !== 'answers') expect(keys, k).toContain(k);
    expect(new Set(ANSWER_CATALOGUE.map((a) => a.key)).size).toBe(ANSWER_CATALOGUE.length);
  });

  it('reads an answer path however it is written', () => {
    for (const p of ['flags.answers["BK_TINH.a"]', 'answers["BK_TINH.a"]', 'answers.BK_TINH.a', 'BK_TINH.a']) expect(answerKey(p)).toBe('answers.BK_TINH.a');
    expect(answerLabel('flags.exemplaryCompliance')).toBe('Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước');
    expect(answerLabel('flags.answers["BK_TINH.a"]')).toMatch(/^Điểm a: thành tích xuất sắc/);
    expect(answerLabel('answers.LS_LDTT_1', SETTINGS)).toBe('Tham gia đầy đủ hoạt động đoàn thể');
    expect(answerLabel('answers.UNKNOWN_X')).toBe('Tiêu chí UNKNOWN_X');
  });

  it('checks and formats values by type, in Vietnamese', () => {
    const months = answerSpec('workedMonths')!;
    expect(checkAnswerValue(months, 13)).toBe('phải là số tháng từ 0 đến 12.');
    expect(checkAnswerValue(months, 10.5)).toBeNull();
    expect(formatAnswerValue(months, 10.5)).toBe('10,5 tháng');
    const vote = answerSpec('vote')!;
    expect(checkAnswerValue(vote, { yes: 10, members: 9 })).toMatch(/không được vượt/);
    expect(formatAnswerValue(vote, { yes: 8, members: 9, present: 9 })).toBe('8/9 phiếu đồng ý (9 có mặt)');
    expect(formatAnswerValue(answerSpec('exemplaryCompliance')!, false)).toBe('Không');
  });

  it('turns recorded answers into the case flags', () => {
    expect(flagsFromAnswers([['exemplaryCompliance', true], ['answers.BK_TINH.a', false], ['workedMonths', 99], ['unknownFlag', true]])).toEqual({
      exemplaryCompliance: true, answers: { 'BK_TINH.a': false },
    });
  });
});
