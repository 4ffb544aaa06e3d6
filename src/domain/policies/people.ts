import { PERSON_STATUS_LABELS, type PersonStatus } from '../org/codes';
import { policy } from './policy';
import { allow, defineSubjectRules, inScope, inState, type OwnedSubject, type StatefulSubject } from './subject';

/** A person record as the subject rules see it (`unitId` is their current unit). */
export type PersonSubject = OwnedSubject & StatefulSubject<PersonStatus> & { id: string };

export const peoplePolicies = {
  read: policy(
    'people.read',
    { agency: ['admin', 'office', 'director', 'council_member'], subtree: ['unit_head', 'focal_point'], self: ['staff'] },
    'Xem hồ sơ cán bộ (toàn cơ quan, đơn vị mình, hoặc của chính mình)',
  ),
  write: policy('people.write', { agency: ['admin', 'office'], subtree: ['focal_point'] }, 'Thêm, sửa, điều chuyển, nghỉ hưu'),
  import: policy('people.import', { agency: ['admin', 'office'] }, 'Nhập danh sách cán bộ từ Excel'),
  export: policy(
    'people.export',
    { agency: ['admin', 'office', 'director'], subtree: ['unit_head', 'focal_point'] },
    'Xuất danh sách cán bộ ra Excel',
  ),
};

/**
 * What may be done to one person record: edits, transfers and status changes need the person in the
 * writer's scope and still in service (the same rules people-service enforces). Sent with the person
 * as `abilities`, so the web app offers only what will work.
 */
export const personRules = defineSubjectRules({
  'person.edit': allow<PersonSubject>(peoplePolicies.write, inScope('cán bộ'), inState<PersonSubject>(['active'], PERSON_STATUS_LABELS)),
  'person.transfer': allow<PersonSubject>(peoplePolicies.write, inScope('cán bộ'), inState<PersonSubject>(['active'], PERSON_STATUS_LABELS)),
  'person.changeStatus': allow<PersonSubject>(peoplePolicies.write, inScope('cán bộ'), inState<PersonSubject>(['active'], PERSON_STATUS_LABELS)),
});
