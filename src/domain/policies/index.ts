export * from './policy';
export * from './scope';
import { systemPolicies } from './system';
import { authPolicies } from './auth';
import { userPolicies } from './users';
import { unitPolicies } from './units';
import { peoplePolicies } from './people';
import { auditPolicies } from './audit';
import { recordPolicies } from './records';
import { eligibilityPolicies } from './eligibility';
import { notificationPolicies } from './notifications';
import { mailPolicies } from './mail';

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
  notifications: notificationPolicies,
  mail: mailPolicies,
};
