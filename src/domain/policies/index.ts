export * from './policy';
export * from './scope';
import type { Policy } from './policy';
export { mayAttest } from './attestations';
import { systemPolicies } from './system';
import { authPolicies } from './auth';
import { userPolicies } from './users';
import { unitPolicies } from './units';
import { peoplePolicies } from './people';
import { auditPolicies } from './audit';
import { recordPolicies } from './records';
import { eligibilityPolicies } from './eligibility';
import { filePolicies } from './files';
import { attestationPolicies } from './attestations';
import { notificationPolicies } from './notifications';
import { mailPolicies } from './mail';
import { calendarPolicies } from './calendar';
import { proposalPolicies } from './proposals';
import { achievementReportPolicies } from './achievement-reports';
import { disclosurePolicies } from './disclosure';

/** Every policy, one group per resource. Routes must name one of these. */
export const policies = {
  system: systemPolicies,
  auth: authPolicies,
  users: userPolicies,
  units: unitPolicies,
  people: peoplePolicies,
  audit: auditPolicies,
  records: recordPolicies,
  eligibility: eligibilityPolicies,
  files: filePolicies,
  attestations: attestationPolicies,
  notifications: notificationPolicies,
  mail: mailPolicies,
  calendar: calendarPolicies,
  proposals: proposalPolicies,
  achievementReports: achievementReportPolicies,
  disclosure: disclosurePolicies,
};

type PolicyGroups = typeof policies;
/** Every policy action (`'records.read'`, `'people.write'`…), derived from the policy objects above. */
export type PolicyAction = {
  [G in keyof PolicyGroups]: { [K in keyof PolicyGroups[G]]: PolicyGroups[G][K] extends Policy<infer A> ? A : never }[keyof PolicyGroups[G]];
}[keyof PolicyGroups];

/** Every policy, flat (a group may hold two policies of one action, e.g. system.docs). */
export const ALL_POLICIES: readonly Policy<PolicyAction>[] = Object.values(policies).flatMap((group) => Object.values(group) as Policy<PolicyAction>[]);
/** Every action name once, in declaration order. */
export const POLICY_ACTIONS: readonly PolicyAction[] = [...new Set(ALL_POLICIES.map((p) => p.action))];

export * from './subject';
export { personRules, type PersonSubject } from './people';
