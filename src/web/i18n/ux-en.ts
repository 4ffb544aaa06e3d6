/** English strings of ux-vi.ts (typed against it). */
import type { UxMessageKey } from './ux-vi';

export const uxEn: Record<UxMessageKey, string> = {
  'header.openMenu': 'Open the menu',
  'scope.emptyOwn': 'Nothing within what you may see (only your own record).',
  'scope.emptyUnits': 'Nothing within what you may see (your unit).',
  'scope.emptyAgency': 'No data.',

  'verdict.kind.criterion': 'Criterion',
  'verdict.kind.alternative': 'One of several points (one is enough)',
  'verdict.kind.deferral': 'Grounds for deferring the review',
  'verdict.deferralPass': 'Not deferred',
  'verdict.deferralFail': 'Deferred',
  'verdict.missingInfo': 'To be recorded:',
  'verdict.legalTextVi': 'Criteria, explanations and citations are quoted in Vietnamese, as in the legal texts.',
};
