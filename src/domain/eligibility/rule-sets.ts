/**
 * Rule sets: which evaluator judges each award. A regime points to a rule set; a new regime that
 * changes a standard adds a new rule set (or overrides entries), it never edits an old one.
 */
import { evaluateCoTdCp, evaluateCoTdTinh, evaluateTtldtt, evaluateTtldxs } from './collective-titles';
import { evaluateCstdcs, evaluateCstdTinh, evaluateCstdTq, evaluateLdtt } from './individual-titles';
import {
  evaluateBkTinhCollective,
  evaluateBkTinhIndividual,
  evaluateBkTtgCollective,
  evaluateBkTtgIndividual,
  evaluateGkSoCollective,
  evaluateGkSoIndividual,
} from './merit-forms';
import type { RuleSet } from './types';

/** Standards of LAW2022 (Chapter II and Art. 73–75), identical under ND98 and ND152. */
export const LAW2022_RULES: RuleSet = Object.freeze({
  LDTT: { individual: evaluateLdtt },
  CSTDCS: { individual: evaluateCstdcs },
  CSTD_TINH: { individual: evaluateCstdTinh },
  CSTD_TQ: { individual: evaluateCstdTq },
  TTLDTT: { collective: evaluateTtldtt },
  TTLDXS: { collective: evaluateTtldxs },
  CO_TD_TINH: { collective: evaluateCoTdTinh },
  CO_TD_CP: { collective: evaluateCoTdCp },
  GK_SO: { individual: evaluateGkSoIndividual, collective: evaluateGkSoCollective },
  BK_TINH: { individual: evaluateBkTinhIndividual, collective: evaluateBkTinhCollective },
  BK_TTG: { individual: evaluateBkTtgIndividual, collective: evaluateBkTtgCollective },
});
