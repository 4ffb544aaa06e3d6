/**
 * "Đủ điều kiện, chờ Hội đồng xét" (awaiting_council): a verdict whose only open lines are criteria the
 * law leaves to the council (result "council"), apart from one whose records are lacking (missing).
 * Precedence: not_eligible > deferred > missing_information > awaiting_council > eligible.
 */
import { describe, expect, it } from 'vitest';
import { describeCell } from '../../../src/documents/screening-xlsx';
import { allOf, anyOf, statusOf } from '../../../src/domain/eligibility/lines';
import {
  evaluate, LINE_RESULT_LABELS, screenMany, VERDICT_STATUS_LABELS, VERDICT_STATUSES,
  type CriterionLine, type LineResult, type VerdictStatus,
} from '../../../src/domain/eligibility';
import { awards, caseFor, person, provincialInitiative, ratings, screeningCase } from './factory';

function l(kind: CriterionLine['kind'], result: LineResult, id = `${kind}.${result}`): CriterionLine {
  return { id, kind, label: id, result, detail: '', data: {}, legalBasis: { instrument: 'LAW2022', confidence: 'S', text: '' }, citation: 'Luật' } as CriterionLine;
}

const CRITERION: LineResult[] = ['pass', 'fail', 'missing', 'council', 'not_applicable'];
const DEFERRAL: LineResult[] = ['pass', 'fail', 'missing'];

/** The rule written out once, independently of statusOf's loop. */
function expected(criteria: LineResult[], deferral: LineResult): VerdictStatus {
  if (criteria.includes('fail')) return 'not_eligible';
  if (deferral === 'fail') return 'deferred';
  if (criteria.includes('missing') || deferral === 'missing') return 'missing_information';
  if (criteria.includes('council')) return 'awaiting_council';
  return 'eligible';
}

describe('verdict status precedence', () => {
  it('not eligible > deferred > missing information > awaiting the council > eligible, over every pair of criterion results and every deferral result', () => {
    let awaiting = 0;
    for (const a of CRITERION)
      for (const b of CRITERION)
        for (const d of DEFERRAL) {
          const got = statusOf([l('criterion', a, 'A'), l('criterion', b, 'B'), l('deferral', d, 'D')]);
          expect(got, `${a}, ${b}, deferral ${d}`).toBe(expected([a, b], d));
          if (got === 'awaiting_council') awaiting++;
        }
    expect(awaiting).toBeGreaterThan(0);
  });

  it('the named pairs: each status beats the next one', () => {
    const council = l('criterion', 'council');
    expect(statusOf([council])).toBe('awaiting_council');
    expect(statusOf([council, l('criterion', 'missing')])).toBe('missing_information');
    expect(statusOf([council, l('deferral', 'missing')])).toBe('missing_information');
    expect(statusOf([council, l('deferral', 'fail')])).toBe('deferred');
    expect(statusOf([council, l('criterion', 'fail')])).toBe('not_eligible');
    expect(statusOf([l('criterion', 'pass'), council, l('criterion', 'pass')])).toBe('awaiting_council');
  });

  it('alternatives, warnings and info lines never decide, whatever their result', () => {
    expect(statusOf([l('alternative', 'council'), l('warning', 'fail'), l('info', 'missing'), l('criterion', 'pass')])).toBe('eligible');
  });

  it('a disjunction: pass > missing (the records could still decide it) > council > fail; a conjunction: fail > missing > council > pass', () => {
    expect(anyOf(['fail', 'council'])).toBe('council');
    expect(anyOf(['council', 'missing', 'fail'])).toBe('missing');
    expect(anyOf(['council', 'pass'])).toBe('pass');
    expect(anyOf(['not_applicable', 'council'])).toBe('council');
    expect(anyOf(['fail', 'not_applicable'])).toBe('fail');
    expect(allOf(['pass', 'council'])).toBe('council');
    expect(allOf(['council', 'missing'])).toBe('missing');
    expect(allOf(['council', 'fail'])).toBe('fail');
  });

  it('the new status and line result are published with their Vietnamese labels', () => {
    expect(VERDICT_STATUSES).toEqual(['eligible', 'awaiting_council', 'not_eligible', 'missing_information', 'deferred']);
    expect(VERDICT_STATUS_LABELS.awaiting_council).toBe('Đủ điều kiện, chờ Hội đồng xét');
    expect(LINE_RESULT_LABELS.council).toBe('Chờ Hội đồng xét');
  });
});

describe('awaiting the council in the full and the lean (screening) mode', () => {
  const subject = (flags = {}) =>
    person({
      id: 'P1',
      ratings: ratings(2023, 2025, 'HTXSNV'),
      awards: awards('CSTDCS', [2023, 2024, 2025], { cstdcsBasis: 'HTXSNV' }),
      initiatives: [provincialInitiative('SK-T', '2025-05-01')],
      flags,
    });

  it('CSTĐ cấp tỉnh (Art. 22) with every record met and no council result: the same status and the council line, naming the answer it waits for', () => {
    const v = evaluate(caseFor('CSTD_TINH', 2025, subject()));
    expect(v.status).toBe('awaiting_council');
    const council = v.criteria.find((c) => c.id === 'CSTD_TINH.council')!;
    expect(council).toMatchObject({ result: 'council', answers: ['councilSelected'] });
    expect(council.detail).toContain('Chờ Hội đồng Thi đua - Khen thưởng xét');
    expect(council.citation).toContain('Điều 22');
    const [row] = screenMany([screeningCase(2025, subject())], ['CSTD_TINH']);
    expect(row).toMatchObject({
      status: 'awaiting_council',
      issues: [{ id: 'CSTD_TINH.council', result: 'council', kind: 'criterion', answers: ['councilSelected'] }],
    });
  });

  it('recording the council\'s selection turns it eligible, its refusal not eligible', () => {
    expect(evaluate(caseFor('CSTD_TINH', 2025, subject({ councilSelected: true }))).status).toBe('eligible');
    expect(evaluate(caseFor('CSTD_TINH', 2025, subject({ councilSelected: false }))).status).toBe('not_eligible');
    expect(evaluate(caseFor('CSTD_TINH', 2025, subject({ vote: { yes: 9, members: 10, present: 10 } }))).status).toBe('eligible');
  });
});

describe('screening spreadsheet cell', () => {
  it('says the status in words and marks the lines awaiting the council', () => {
    expect(describeCell({ status: 'awaiting_council', issues: [{ label: 'Thành tích xuất sắc tiêu biểu, được Hội đồng Thi đua - Khen thưởng bình chọn', result: 'council' }] }))
      .toBe('Đủ điều kiện, chờ Hội đồng xét — Thành tích xuất sắc tiêu biểu, được Hội đồng Thi đua - Khen thưởng bình chọn (chờ Hội đồng xét)');
    expect(describeCell({ status: 'missing_information', issues: [{ label: 'Xếp loại', result: 'missing' }, { label: 'Hội đồng bình chọn', result: 'council' }] }))
      .toBe('Thiếu thông tin — Xếp loại (thiếu thông tin); Hội đồng bình chọn (chờ Hội đồng xét)');
  });
});
