/** The proposal workflow's state machines, the §6 dossier checklist and the per-unit quota check (pure). */
import { describe, expect, it } from 'vitest';
import {
  acceptCandidate, checkQuotas, closeRequest, dossierChecklist, dossierRequirements, fixRequest, openProposal, openRound, recallProposal, resubmitCandidate,
  reviewOutcome, submitProposal, PROPOSAL_TRANSITIONS, ROUND_TRANSITIONS,
} from '../../src/domain/proposals';
import { DomainError } from '../../src/domain/errors';
import { DEFAULT_SETTINGS } from '../../src/domain/eligibility';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('state machines', () => {
  it('each transition checks its source state and names the state in Vietnamese', () => {
    expect(submitProposal('draft')).toBe('submitted');
    expect(submitProposal('returned')).toBe('submitted');
    expect(recallProposal('submitted')).toBe('draft');
    expect(openProposal('submitted')).toBe('in_review');
    const err = refusal(() => recallProposal('in_review'));
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(err.message).toBe('Không thể rút lại hồ sơ khi hồ sơ đề nghị đang ở trạng thái "Văn phòng đang xem xét" (chỉ khi "Đã gửi, chờ Văn phòng tiếp nhận").');
    expect(refusal(() => openRound('open')).message).toMatch(/"Đang nhận hồ sơ"/);
    expect(refusal(() => acceptCandidate('rejected')).message).toMatch(/"Không đề nghị"/);
    expect(resubmitCandidate('returned')).toBe('pending');
    expect(fixRequest('open')).toBe('fixed');
    expect(closeRequest('fixed')).toBe('closed');
    expect(refusal(() => fixRequest('closed')).code).toBe('INVALID_TRANSITION');
  });

  it('every transition table leads to a known state', () => {
    for (const t of Object.values(PROPOSAL_TRANSITIONS)) expect(['draft', 'submitted', 'in_review', 'returned', 'completed']).toContain(t.to);
    for (const t of Object.values(ROUND_TRANSITIONS)) expect(['draft', 'open', 'closed', 'council', 'decided']).toContain(t.to);
  });

  it('a review ends returned when a candidate was returned or a request is open, completed otherwise', () => {
    expect(reviewOutcome([{ status: 'accepted' }, { status: 'pending' }], 0)).toBe('in_review');
    expect(reviewOutcome([{ status: 'accepted' }, { status: 'returned' }], 0)).toBe('returned');
    expect(reviewOutcome([{ status: 'accepted' }], 1)).toBe('returned');
    expect(reviewOutcome([{ status: 'accepted' }, { status: 'rejected' }], 0)).toBe('completed');
  });
});

describe('dossier checklist (tdkt-rules.md §6)', () => {
  it('CSTĐCS on an initiative needs the recognition decision; on HTXSNV the record suffices', () => {
    expect(dossierRequirements('CSTDCS', 'CONG_TRANG', 'INITIATIVE').map((r) => r.id)).toEqual(['to_trinh', 'bien_ban_hop', 'bao_cao_thanh_tich', 'evidence']);
    expect(dossierRequirements('CSTDCS', 'CONG_TRANG', 'HTXSNV').map((r) => r.id)).toEqual(['to_trinh', 'bien_ban_hop', 'bao_cao_thanh_tich']);
    expect(dossierRequirements('BK_TTG', 'CONG_TRANG').some((r) => r.opinion)).toBe(true);
  });

  it('shows what is missing; the tờ trình of another candidate counts; a summary stands in for the report of an irregular achievement', () => {
    const c = dossierChecklist(dossierRequirements('GK_SO', 'CONG_TRANG'), { own: ['bao_cao_thanh_tich'], proposal: ['to_trinh'], opinions: 0, hasSummary: false });
    expect(c.missing).toEqual(['Biên bản họp bình xét']);
    expect(c.lines.find((l) => l.id === 'to_trinh')).toMatchObject({ done: true, fromProposal: true });
    const adHoc = dossierChecklist(dossierRequirements('GK_SO', 'DOT_XUAT'), { own: ['to_trinh'], proposal: [], opinions: 0, hasSummary: true });
    expect(adHoc.complete).toBe(true);
  });
});

describe('quotas per unit', () => {
  const cands = (ldtt: number, cstdcs: number) => [
    ...Array.from({ length: ldtt }, () => ({ awardCode: 'LDTT', collective: false })),
    ...Array.from({ length: cstdcs }, () => ({ awardCode: 'CSTDCS', collective: false })),
  ];
  it('15% of 7 LĐTT rounded down is 1: two CSTĐCS are over, with the rounding said', () => {
    const [q] = checkQuotas({ ...DEFAULT_SETTINGS, 'quota.CSTDCS': { pct: 15, base: 'LDTT' } }, cands(7, 2));
    expect(q).toMatchObject({ cap: 1, proposed: 2, over: true, raw: 1.05 });
    expect(q!.detail).toBe('Chiến sĩ thi đua cơ sở: tối đa 15% số cá nhân được đề nghị Lao động tiên tiến (7) = 1,05, làm tròn xuống còn 1; đơn vị đề nghị 2 — vượt hạn mức.');
  });
  it('no quota set, or no candidate for the capped award: nothing to check', () => {
    expect(checkQuotas(DEFAULT_SETTINGS, cands(7, 2))).toEqual([]);
    expect(checkQuotas({ ...DEFAULT_SETTINGS, 'quota.CSTDCS': { pct: 15, base: 'LDTT' } }, cands(7, 0))).toEqual([]);
  });
});
