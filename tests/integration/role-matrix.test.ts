import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { count, eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { attestations, jobs, personAssignments, persons, proposalCandidates, proposals, reviewRounds, units } from '../../src/db/schema';
import { ROLES, type Actor, type Role } from '../../src/domain/auth/roles';
import { decide, policies, type Policy } from '../../src/domain/policies';
import { registeredRoutes } from '../../src/server/plugins/access';
import { createTestDatabase, databaseKinds } from '../support/databases';
import { factory, TEST_PASSWORD } from '../support/factory';
import { createTestApp, signIn, type Client } from '../support/app';
import { multipartFile } from '../fixtures/multipart';
import { pdfFile } from '../fixtures/files';
import { checkUpload, storeFile } from '../../src/server/platform/files';
import { buildCalendar, isWorkingDay } from '../../src/domain/calendar/working-days';

/**
 * Who may call which route, and what they get. The world: agency 1 has division A with sub-unit A1,
 * and division B; agency 2 has unit X. One account per role in agency 1 (the unit head and the focal
 * point hold A; the staff member is a person in A), and the public (no session).
 */
const WHO = ['public', 'admin', 'office', 'director', 'unit_head', 'focal_point', 'council_member', 'staff'] as const;
type Who = (typeof WHO)[number];

interface World {
  unit: { A: string; A1: string; B: string; X: string };
  person: { A: string; A1: string; B: string; staff: string; X: string };
  spareUsername: string;
  otherAgencyUserId: string;
  officeJobId: string;
  /** A new person in a unit of agency 1, for rows that change a person. */
  freshPerson(unit: 'A' | 'A1' | 'B'): Promise<string>;
  /** A new account in agency 1, for rows that change an account. */
  freshUserId(): Promise<string>;
  /** A new attestation (xác nhận 2025) about a new person in a unit of agency 1. */
  freshAttestation(unit: 'A' | 'B'): Promise<string>;
  /** A new stored file (a PDF the system stored) on a person of agency 1. */
  freshFile(on: 'A' | 'B' | 'staff'): Promise<string>;
  /** Proposals (issue 6): an open 2025 round, a draft proposal of A (with a candidate) and of B, and fresh ones. */
  prop: {
    round: string;
    A: string;
    B: string;
    candA: string;
    candB: string;
    freshRound(): Promise<string>;
    freshProposal(): Promise<string>;
    freshCandidate(): Promise<string>;
  };
  /** A number never used before, for unique codes and user names. */
  next(): number;
}

interface Row {
  route: string;
  subject: string;
  expected: Record<Who, number>;
  request: (w: World, who: Who) => InjectOptions | Promise<InjectOptions>;
  /** Sign in again just for this row (for requests that end the session). */
  freshSession?: boolean;
}

/** One line of the table: the expected status for each column of WHO, in order. */
function row(route: string, subject: string, statuses: string, request: Row['request'], options: Pick<Row, 'freshSession'> = {}): Row {
  const codes = statuses.trim().split(/\s+/).map(Number);
  if (codes.length !== WHO.length) throw new Error(`${route} ${subject}: ${codes.length} statuses for ${WHO.length} columns`);
  return { route, subject, expected: Object.fromEntries(WHO.map((w, i) => [w, codes[i]!])) as Record<Who, number>, request, ...options };
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });
/** A multipart upload; the public sends a token too, so that it meets the sign-in check (not the cross-site one). */
const upload = (personId: string): InjectOptions => {
  const body = multipartFile(pdfFile(), 'Tờ trình.pdf', 'file', 'application/pdf');
  return { method: 'POST', url: `/api/files?objectType=person&objectId=${personId}`, payload: body.payload, headers: { ...body.headers, 'x-csrf-token': 'x' } };
};
const post = (url: string, payload: object = {}): InjectOptions => ({ method: 'POST', url, payload });
const patch = (url: string, payload: object): InjectOptions => ({ method: 'PATCH', url, payload });
const put = (url: string, payload: object): InjectOptions => ({ method: 'PUT', url, payload });
const del = (url: string): InjectOptions => ({ method: 'DELETE', url, payload: {} });
/** A weekday that is no holiday by rule, a different one for each n ('dd/mm/yyyy'). */
const freshWorkingDay = (n: number) => {
  let d = new Date(Date.UTC(2040, 2, 1) + n * 7 * 86_400_000).toISOString().slice(0, 10);
  while (!isWorkingDay(d, buildCalendar([]))) d = new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
};
const newPerson = (unitId: string) => ({ familyName: 'Phạm', middleName: 'Văn', givenName: 'Mới', gender: 'male', staffCategory: 'cong_chuc', unitId });
const transfer = (unitId: string) => ({ unitId, date: '01/07/2025', reason: 'Điều chuyển theo quyết định' });

/*
 * 401 = sign in first, 403 = the role may not do this, 404 = outside the role's reach (it must look
 * like it does not exist), 400 = allowed to try, but the input is refused (the row says why).
 * Add a row when you add a route.
 */
const MATRIX: Row[] = [
  //                                                                                           public  admin  office  director  head  focal  council  staff
  row('GET /api/health',                       '',                                            '200     200    200     200       200   200    200      200', () => get('/api/health')),
  row('GET /api/docs/json',                    '',                                            '200     200    200     200       200   200    200      200', () => get('/api/docs/json')),
  row('POST /api/auth/login',                  '(an account, right password)',                '200     200    200     200       200   200    200      200', (w) => post('/api/auth/login', { username: w.spareUsername, password: TEST_PASSWORD })),
  row('GET /api/auth/me',                      '',                                            '200     200    200     200       200   200    200      200', () => get('/api/auth/me')),
  row('POST /api/auth/logout',                 '',                                            '200     200    200     200       200   200    200      200', () => post('/api/auth/logout'), { freshSession: true }),
  row('POST /api/auth/change-password',        '(wrong current password: 400)',               '401     400    400     400       400   400    400      400', () => post('/api/auth/change-password', { currentPassword: 'Khong-dung-1', newPassword: 'Mat-khau-moi-2025' })),

  row('GET /api/units',                        '',                                            '401     200    200     200       200   200    200      200', () => get('/api/units')),
  row('POST /api/units',                       '',                                            '401     201    201     403       403   403    403      403', (w) => post('/api/units', { code: `M-${w.next()}`, name: 'Phòng Mới', kind: 'division' })),
  row('PATCH /api/units/:id',                  '(division B)',                                '401     200    200     403       403   403    403      403', (w) => patch(`/api/units/${w.unit.B}`, { sortOrder: 3 })),
  row('PATCH /api/units/:id',                  '(a unit of agency 2)',                        '401     404    404     403       403   403    403      403', (w) => patch(`/api/units/${w.unit.X}`, { sortOrder: 3 })),

  row('GET /api/people',                       '',                                            '401     200    200     200       200   200    200      200', () => get('/api/people')),
  row('GET /api/people/:id',                   '(person in A)',                               '401     200    200     200       200   200    200      404', (w) => get(`/api/people/${w.person.A}`)),
  row('GET /api/people/:id',                   '(person in sub-unit A1)',                     '401     200    200     200       200   200    200      404', (w) => get(`/api/people/${w.person.A1}`)),
  row('GET /api/people/:id',                   '(person in B)',                               '401     200    200     200       404   404    200      404', (w) => get(`/api/people/${w.person.B}`)),
  row('GET /api/people/:id',                   '(the staff member\'s own record)',            '401     200    200     200       200   200    200      200', (w) => get(`/api/people/${w.person.staff}`)),
  row('GET /api/people/:id',                   '(person of agency 2)',                        '401     404    404     404       404   404    404      404', (w) => get(`/api/people/${w.person.X}`)),
  row('POST /api/people',                      '(into A1)',                                   '401     201    201     403       403   201    403      403', (w) => post('/api/people', newPerson(w.unit.A1))),
  row('POST /api/people',                      '(into B: "Đơn vị" refused for A\'s focal)',   '401     201    201     403       403   400    403      403', (w) => post('/api/people', newPerson(w.unit.B))),
  row('PATCH /api/people/:id',                 '(person in A1)',                              '401     200    200     403       403   200    403      403', async (w) => patch(`/api/people/${await w.freshPerson('A1')}`, { position: 'Phó Trưởng phòng' })),
  row('PATCH /api/people/:id',                 '(person in B)',                               '401     200    200     403       403   404    403      403', async (w) => patch(`/api/people/${await w.freshPerson('B')}`, { position: 'Phó Trưởng phòng' })),
  row('PATCH /api/people/:id',                 '(the staff member\'s own record)',            '401     200    200     403       403   200    403      403', (w) => patch(`/api/people/${w.person.staff}`, { phone: '0912345678' })),
  row('POST /api/people/:id/transfer',         '(A → A1)',                                    '401     200    200     403       403   200    403      403', async (w) => post(`/api/people/${await w.freshPerson('A')}/transfer`, transfer(w.unit.A1))),
  row('POST /api/people/:id/transfer',         '(A → B: "Đơn vị" refused for A\'s focal)',    '401     200    200     403       403   400    403      403', async (w) => post(`/api/people/${await w.freshPerson('A')}/transfer`, transfer(w.unit.B))),
  row('POST /api/people/:id/transfer',         '(B → A)',                                     '401     200    200     403       403   404    403      403', async (w) => post(`/api/people/${await w.freshPerson('B')}/transfer`, transfer(w.unit.A))),
  row('POST /api/people/:id/status',           '(retire a person in A)',                      '401     200    200     403       403   200    403      403', async (w) => post(`/api/people/${await w.freshPerson('A')}/status`, { status: 'retired', date: '30/06/2025', reason: 'Nghỉ hưu theo chế độ' })),
  row('GET /api/people/template.xlsx',         '',                                            '401     200    200     403       403   403    403      403', () => get('/api/people/template.xlsx')),
  row('GET /api/people/export.xlsx',           '',                                            '401     200    200     200       200   200    403      403', () => get('/api/people/export.xlsx')),
  row('GET /api/records/ratings/export.xlsx',  '(within scope; staff: own record)',           '401     200    200     200       200   200    200      200', () => get('/api/records/ratings/export.xlsx?year=2025')),
  row('GET /api/records/awards/export.xlsx',   '(within scope; staff: own record)',           '401     200    200     200       200   200    200      200', () => get('/api/records/awards/export.xlsx')),
  row('GET /api/people/:id/achievement-report.docx', '(person in A)',                          '401     200    200     200       200   200    200      404', (w) => get(`/api/people/${w.person.A}/achievement-report.docx?award=LDTT&year=2025`)),
  row('GET /api/people/:id/achievement-report.docx', '(person in B)',                          '401     200    200     200       404   404    200      404', (w) => get(`/api/people/${w.person.B}/achievement-report.docx?award=LDTT&year=2025`)),
  row('GET /api/people/:id/achievement-report.docx', '(the staff member\'s own record)',       '401     200    200     200       200   200    200      200', (w) => get(`/api/people/${w.person.staff}/achievement-report.docx?award=LDTT&year=2025`)),
  row('GET /api/people/:id/achievement-report.docx', '(person of agency 2)',                   '401     404    404     404       404   404    404      404', (w) => get(`/api/people/${w.person.X}/achievement-report.docx?award=LDTT&year=2025`)),
  row('GET /api/units/:id/achievement-report.docx',  '(unit A)',                               '401     200    200     200       200   200    200      403', (w) => get(`/api/units/${w.unit.A}/achievement-report.docx?award=TTLDTT&year=2025`)),
  row('GET /api/units/:id/achievement-report.docx',  '(unit B)',                               '401     200    200     200       404   404    200      403', (w) => get(`/api/units/${w.unit.B}/achievement-report.docx?award=TTLDTT&year=2025`)),
  row('GET /api/units/:id/achievement-report.docx',  '(a unit of agency 2)',                   '401     404    404     404       404   404    404      403', (w) => get(`/api/units/${w.unit.X}/achievement-report.docx?award=TTLDTT&year=2025`)),
  row('POST /api/people/import',               '(no file: 400)',                              '401     400    400     403       403   403    403      403', () => post('/api/people/import')),

  row('GET /api/users',                        '',                                            '401     200    403     403       403   403    403      403', () => get('/api/users')),
  row('POST /api/users',                       '',                                            '401     201    403     403       403   403    403      403', (w) => post('/api/users', { username: `moi.${w.next()}`, displayName: 'Cán bộ mới', password: 'Mat-khau-2025x', roles: [{ role: 'staff' }] })),
  row('POST /api/users/:id/reset-password',    '(an account of agency 1)',                    '401     200    403     403       403   403    403      403', async (w) => post(`/api/users/${await w.freshUserId()}/reset-password`, { newPassword: 'Dat-lai-2025-x' })),
  row('POST /api/users/:id/reset-password',    '(an account of agency 2)',                    '401     404    403     403       403   403    403      403', (w) => post(`/api/users/${w.otherAgencyUserId}/reset-password`, { newPassword: 'Dat-lai-2025-x' })),

  row('GET /api/audit',                        '',                                            '401     200    403     403       403   403    403      403', () => get('/api/audit')),
  row('POST /api/audit/verify',                '',                                            '401     200    403     403       403   403    403      403', () => post('/api/audit/verify')),

  row('GET /api/jobs/:id',                     '(a job the office started)',                  '401     200    200     404       404   404    404      404', (w) => get(`/api/jobs/${w.officeJobId}`)),
  row('GET /api/jobs/:id/errors.xlsx',         '(a job the office started)',                  '401     200    200     404       404   404    404      404', (w) => get(`/api/jobs/${w.officeJobId}/errors.xlsx`)),

  row('GET /api/notifications',                '(one\'s own only)',                           '401     200    200     200       200   200    200      200', () => get('/api/notifications')),
  row('GET /api/notifications/unread-count',   '',                                            '401     200    200     200       200   200    200      200', () => get('/api/notifications/unread-count')),
  row('POST /api/notifications/:id/read',      '(not one\'s own: not found)',                 '401     404    404     404       404   404    404      404', () => post('/api/notifications/00000000-0000-4000-8000-00000000abcd/read')),
  row('POST /api/notifications/read-all',      '',                                            '401     200    200     200       200   200    200      200', () => post('/api/notifications/read-all')),
  row('GET /api/notifications/preferences',    '',                                            '401     200    200     200       200   200    200      200', () => get('/api/notifications/preferences')),
  row('PATCH /api/notifications/preferences',  '',                                            '401     200    200     200       200   200    200      200', () => patch('/api/notifications/preferences', { items: [{ kind: 'import.finished', email: true }] })),
  row('GET /api/mail/outbox',                  '',                                            '401     200    403     403       403   403    403      403', () => get('/api/mail/outbox')),
  row('GET /api/mail/outbox/:id',              '(no such message)',                           '401     404    403     403       403   403    403      403', () => get('/api/mail/outbox/00000000-0000-4000-8000-00000000abcd')),
  row('POST /api/mail/outbox/:id/resend',      '(no such message)',                           '401     404    403     403       403   403    403      403', () => post('/api/mail/outbox/00000000-0000-4000-8000-00000000abcd/resend')),
  row('POST /api/mail/test',                   '',                                            '401     200    403     403       403   403    403      403', () => post('/api/mail/test', { email: 'thu-thu@example.gov.vn' })),

  row('GET /api/calendar',                     '(2025: days off and swapped days)',           '401     200    200     200       200   200    200      200', () => get('/api/calendar?year=2025')),
  row('GET /api/calendar/add-working-days',    '(5 working days after 28/01/2025)',           '401     200    200     200       200   200    200      200', () => get('/api/calendar/add-working-days?from=28/01/2025&days=5')),
  row('POST /api/calendar/days',               '(a day off of the agency)',                   '401     201    201     403       403   403    403      403', (w) => post('/api/calendar/days', { date: freshWorkingDay(w.next()), kind: 'off', name: 'Ngày nghỉ của cơ quan' })),
  row('DELETE /api/calendar/days/:id',         '(no such day)',                               '401     404    404     403       403   403    403      403', () => del('/api/calendar/days/00000000-0000-4000-8000-00000000abcd')),

  row('GET /api/attestations/catalogue',       '',                                            '401     200    200     200       200   200    200      200', () => get('/api/attestations/catalogue?year=2025')),
  row('GET /api/attestations',                 '',                                            '401     200    200     200       200   200    200      200', () => get('/api/attestations?year=2025')),
  row('PUT /api/attestations',                 '(gương mẫu chấp hành, person in A1)',        '401     200    200     403       403   200    403      403', (w) => put('/api/attestations', { personId: w.person.A1, year: 2025, key: 'exemplaryCompliance', value: true })),
  row('PUT /api/attestations',                 '(person in B: "Cán bộ" refused for A\'s focal)', '401     200    200     403       403   400    403      403', (w) => put('/api/attestations', { personId: w.person.B, year: 2025, key: 'exemplaryCompliance', value: true })),
  row('PUT /api/attestations',                 '(point a of Art. 74.1: the council\'s, office only)', '401     200    200     403       403   403    403      403', (w) => put('/api/attestations', { personId: w.person.A, year: 2025, key: 'answers.BK_TINH.a', value: false })),
  row('POST /api/attestations/bulk',           '(unit A)',                                    '401     200    200     403       403   200    403      403', (w) => post('/api/attestations/bulk', { unitId: w.unit.A, year: 2025, key: 'exemplaryCompliance', value: true })),
  row('POST /api/attestations/bulk',           '(unit B: "Đơn vị" refused for A\'s focal)',  '401     200    200     403       403   400    403      403', (w) => post('/api/attestations/bulk', { unitId: w.unit.B, year: 2025, key: 'exemplaryCompliance', value: true })),
  row('DELETE /api/attestations/:id',          '(a person in A)',                             '401     200    200     403       403   200    403      403', async (w) => del(`/api/attestations/${await w.freshAttestation('A')}`)),
  row('DELETE /api/attestations/:id',          '(a person in B)',                             '401     200    200     403       403   404    403      403', async (w) => del(`/api/attestations/${await w.freshAttestation('B')}`)),
  row('GET /api/attestations/import/template.xlsx', '',                                       '401     200    200     403       403   403    403      403', () => get('/api/attestations/import/template.xlsx')),
  row('POST /api/attestations/import',         '(no file: 400)',                              '401     400    400     403       403   403    403      403', () => post('/api/attestations/import')),

  row('GET /api/files/limits',                 '',                                            '401     200    200     403       403   403    403      403', () => get('/api/files/limits')),
  row('PUT /api/files/limits',                 '(back to the installation\'s limit)',        '401     200    403     403       403   403    403      403', () => put('/api/files/limits', { maxFileBytes: null })),
  row('POST /api/files',                       '(a PDF for a person in A1)',                  '401     201    201     403       201   201    403      404', (w) => upload(w.person.A1)),
  row('POST /api/files',                       '(a PDF for the staff member\'s own record)', '401     201    201     403       201   201    403      201', (w) => upload(w.person.staff)),
  row('POST /api/files',                       '(a PDF for a person in B)',                   '401     201    201     403       404   404    403      404', (w) => upload(w.person.B)),
  row('POST /api/files',                       '(a person of agency 2)',                      '401     404    404     403       404   404    403      404', (w) => upload(w.person.X)),
  row('GET /api/files',                        '(files of a person in A)',                    '401     200    200     200       200   200    200      404', (w) => get(`/api/files?objectType=person&objectId=${w.person.A}`)),
  row('GET /api/files',                        '(files of a person in B)',                    '401     200    200     200       404   404    200      404', (w) => get(`/api/files?objectType=person&objectId=${w.person.B}`)),
  row('GET /api/files/:id',                    '(a file of a person in B)',                   '401     200    200     200       404   404    200      404', async (w) => get(`/api/files/${await w.freshFile('B')}`)),
  row('GET /api/files/:id',                    '(a file on the staff member\'s own record)', '401     200    200     200       200   200    200      200', async (w) => get(`/api/files/${await w.freshFile('staff')}`)),
  row('DELETE /api/files/:id',                 '(a file of a person in A)',                   '401     200    200     403       403   200    403      404', async (w) => del(`/api/files/${await w.freshFile('A')}`)),
  row('DELETE /api/files/:id',                 '(own record, stored by someone else: 403)',   '401     200    200     403       403   200    403      403', async (w) => del(`/api/files/${await w.freshFile('staff')}`)),
  // Proposals (issue 6): the office manages rounds and reviews; the unit's head and focal point propose within their subtree.
  row('GET /api/proposal-rounds',              '',                                            '401     200    200     200       200   200    200      403', () => get('/api/proposal-rounds')),
  row('POST /api/proposal-rounds',             '(a draft thematic round)',                    '401     201    201     403       403   403    403      403', () => post('/api/proposal-rounds', { name: 'Đợt chuyên đề', kind: 'thematic', periodFrom: '2025-01-01', periodTo: '2025-06-30', awardCodes: ['GK_SO'], opensOn: '2025-07-01', unitDeadline: '2025-07-31' })),
  row('GET /api/proposal-rounds/:id',          '(the open round)',                            '401     200    200     200       200   200    200      403', (w) => get(`/api/proposal-rounds/${w.prop.round}`)),
  row('PATCH /api/proposal-rounds/:id',        '(the open round\'s note)',                   '401     200    200     403       403   403    403      403', (w) => patch(`/api/proposal-rounds/${w.prop.round}`, { note: 'Theo Kế hoạch của Sở' })),
  row('POST /api/proposal-rounds/:id/transition', '(open a draft round)',                     '401     200    200     403       403   403    403      403', async (w) => post(`/api/proposal-rounds/${await w.prop.freshRound()}/transition`, { action: 'open' })),
  row('GET /api/proposal-rounds/:id/units',    '(who has not submitted)',                     '401     200    200     200       200   200    403      403', (w) => get(`/api/proposal-rounds/${w.prop.round}/units`)),
  row('GET /api/proposal-rounds/:id/candidates', '(council: accepted only)',                  '401     200    200     200       403   403    200      403', (w) => get(`/api/proposal-rounds/${w.prop.round}/candidates`)),
  row('POST /api/proposal-rounds/:id/agenda-verdicts', '(the round is still open: 409)',     '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-rounds/${w.prop.round}/agenda-verdicts`)),
  row('GET /api/proposals',                    '',                                            '401     200    200     200       200   200    403      403', () => get('/api/proposals')),
  row('POST /api/proposals',                   '(for unit A)',                                '401     403    403     403       201   201    403      403', (w) => post('/api/proposals', { roundId: w.prop.round, unitId: w.unit.A })),
  row('POST /api/proposals',                   '(for unit B: "Đơn vị đề nghị" refused)',      '401     403    403     403       400   400    403      403', (w) => post('/api/proposals', { roundId: w.prop.round, unitId: w.unit.B })),
  row('GET /api/proposals/:id',                '(a proposal of A)',                           '401     200    200     200       200   200    403      403', (w) => get(`/api/proposals/${w.prop.A}`)),
  row('GET /api/proposals/:id',                '(a proposal of B)',                           '401     200    200     200       404   404    403      403', (w) => get(`/api/proposals/${w.prop.B}`)),
  row('PATCH /api/proposals/:id',              '(a proposal of A)',                           '401     403    403     403       200   200    403      403', (w) => patch(`/api/proposals/${w.prop.A}`, { title: 'Tờ trình năm 2025' })),
  row('PATCH /api/proposals/:id',              '(a proposal of B)',                           '401     403    403     403       404   404    403      403', (w) => patch(`/api/proposals/${w.prop.B}`, { title: 'Tờ trình năm 2025' })),
  row('POST /api/proposals/:id/submit',        '(no candidate yet: 400)',                     '401     403    403     403       400   400    403      403', async (w) => post(`/api/proposals/${await w.prop.freshProposal()}/submit`)),
  row('POST /api/proposals/:id/recall',        '(a draft: 409)',                              '401     403    403     403       409   409    403      403', async (w) => post(`/api/proposals/${await w.prop.freshProposal()}/recall`)),
  row('POST /api/proposals/:id/open',          '(a draft: 409)',                              '401     409    409     403       403   403    403      403', async (w) => post(`/api/proposals/${await w.prop.freshProposal()}/open`)),
  row('POST /api/proposals/:id/return',        '(a draft: 409)',                              '401     409    409     403       403   403    403      403', async (w) => post(`/api/proposals/${await w.prop.freshProposal()}/return`, { reason: 'Thiếu biên bản' })),
  row('POST /api/proposals/:id/candidates',    '(a person of A1, LĐTT)',                      '401     403    403     403       201   201    403      403', async (w) => post(`/api/proposals/${await w.prop.freshProposal()}/candidates`, { personId: await w.freshPerson('A1'), awardCode: 'LDTT' })),
  row('GET /api/proposal-candidates/:id',      '(in a proposal of A)',                        '401     200    200     200       200   200    403      403', (w) => get(`/api/proposal-candidates/${w.prop.candA}`)),
  row('GET /api/proposal-candidates/:id',      '(in a proposal of B)',                        '401     200    200     200       404   404    403      403', (w) => get(`/api/proposal-candidates/${w.prop.candB}`)),
  row('PATCH /api/proposal-candidates/:id',    '(in a proposal of A)',                        '401     403    403     403       200   200    403      403', (w) => patch(`/api/proposal-candidates/${w.prop.candA}`, { note: 'Có sáng kiến cấp cơ sở' })),
  row('DELETE /api/proposal-candidates/:id',   '(in a draft of A)',                           '401     403    403     403       200   200    403      403', async (w) => del(`/api/proposal-candidates/${await w.prop.freshCandidate()}`)),
  row('POST /api/proposal-candidates/:id/attachments', '(no such file: 400)',                 '401     403    403     403       400   400    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/attachments`, { kind: 'to_trinh', fileId: '00000000-0000-4000-8000-000000000000' })),
  row('DELETE /api/proposal-candidates/:id/attachments/:attachmentId', '(no such attachment)', '401     403    403     403       404   404    403      403', (w) => del(`/api/proposal-candidates/${w.prop.candA}/attachments/00000000-0000-4000-8000-000000000000`)),
  row('POST /api/proposal-candidates/:id/accept', '(a draft: 409)',                           '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/accept`, {})),
  row('POST /api/proposal-candidates/:id/return', '(a draft: 409)',                           '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/return`, { reason: 'Thiếu báo cáo' })),
  row('POST /api/proposal-candidates/:id/reject', '(a draft: 409)',                           '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/reject`, { reason: 'Không đủ tiêu chuẩn' })),
  row('POST /api/proposal-candidates/:id/override', '(a draft: 409)',                         '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/override`, { reason: 'Thành tích đột xuất' })),
  row('PUT /api/proposal-candidates/:id/summary', '(a draft: 409)',                           '401     409    409     403       403   403    403      403', (w) => put(`/api/proposal-candidates/${w.prop.candA}/summary`, { summary: 'Hoàn thành xuất sắc nhiệm vụ' })),
  row('POST /api/proposal-candidates/:id/requests', '(a draft: 409)',                         '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/requests`, { target: 'attachment', item: 'bao_cao_thanh_tich', message: 'Bổ sung báo cáo' })),
  row('POST /api/proposal-candidates/:id/opinions', '(a draft: 409)',                         '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/opinions`, { fromOffice: 'Thanh tra Sở', text: 'Không có đơn thư' })),
  row('POST /api/proposal-candidates/:id/verdicts', '(a draft: 409)',                         '401     409    409     403       403   403    403      403', (w) => post(`/api/proposal-candidates/${w.prop.candA}/verdicts`)),
  row('GET /api/proposal-candidates/:id/timeline', '(in a proposal of A)',                    '401     200    200     200       200   200    403      403', (w) => get(`/api/proposal-candidates/${w.prop.candA}/timeline`)),
  row('POST /api/proposal-requests/:id/fix',   '(no such request)',                           '401     403    403     403       404   404    403      403', () => post('/api/proposal-requests/00000000-0000-4000-8000-000000000000/fix', { note: 'Đã bổ sung' })),
  row('POST /api/proposal-requests/:id/close', '(no such request)',                           '401     404    404     403       403   403    403      403', () => post('/api/proposal-requests/00000000-0000-4000-8000-000000000000/close')),
  row('GET /api/disclosures',                  '',                                            '401     200    200     200       403   403    403      403', () => get('/api/disclosures')),
  row('POST /api/disclosures',                 '(the round has no sent candidate: 400)',      '401     400    400     403       403   403    403      403', (w) => post('/api/disclosures', { roundId: w.prop.round })),
  row('GET /api/disclosures/:id',              '(no such list)',                              '401     404    404     404       403   403    403      403', () => get('/api/disclosures/00000000-0000-4000-8000-000000000000')),
  row('POST /api/disclosures/:id/withdraw',    '(no such list)',                              '401     404    404     403       403   403    403      403', () => post('/api/disclosures/00000000-0000-4000-8000-000000000000/withdraw', { reason: 'Sai danh sách' })),
  row('GET /api/disclosures/:id/feedback',     '(no such list)',                              '401     404    404     404       403   403    403      403', () => get('/api/disclosures/00000000-0000-4000-8000-000000000000/feedback')),
  row('PUT /api/disclosure-feedback/:id/answer', '(no such kiến nghị)',                       '401     404    404     403       403   403    403      403', () => put('/api/disclosure-feedback/00000000-0000-4000-8000-000000000000/answer', { answer: 'Đã xác minh' })),
  row('POST /api/disclosure-feedback/:id/publish', '(no such kiến nghị)',                     '401     404    404     403       403   403    403      403', () => post('/api/disclosure-feedback/00000000-0000-4000-8000-000000000000/publish')),
  row('GET /api/public/disclosures',           '(public)',                                    '200     200    200     200       200   200    200      200', () => get('/api/public/disclosures')),
  row('GET /api/public/disclosures/:id',       '(no such list: public 404)',                  '404     404    404     404       404   404    404      404', () => get('/api/public/disclosures/00000000-0000-4000-8000-000000000000')),
  row('GET /api/cong-khai',                    '(public HTML page)',                          '200     200    200     200       200   200    200      200', () => get('/api/cong-khai')),
  row('GET /api/cong-khai/:id',                '(no such list: 404 page)',                    '404     404    404     404       404   404    404      404', () => get('/api/cong-khai/00000000-0000-4000-8000-000000000000')),
  row('POST /api/cong-khai/:id/kien-nghi',     '(no form token: 403 page)',                   '403     403    403     403       403   403    403      403', () => ({ method: 'POST', url: '/api/cong-khai/00000000-0000-4000-8000-000000000000/kien-nghi', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'senderName=A&content=B' })),
  row('GET /api/me/proposals',                 '(only accounts linked to a person)',          '401     403    403     403       403   403    403      200', () => get('/api/me/proposals')),
];

const routeOf = (r: Row) => {
  const [method, url] = r.route.split(' ');
  return { method: method!, url: url! };
};

describe.each(databaseKinds)('role × route matrix on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let world: World;
  let agencyId: string;
  const clients = new Map<Who, Client>();
  const usernames = new Map<Who, string>();
  /** Actors as the policies see them, for the check derived from each route's policy. */
  const actors = new Map<Who, Actor>();
  let unitNodes: { id: string; parentId: string | null }[];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const f = factory(database.db);
    const agency = await f.agency({ name: 'Sở Khoa học và Công nghệ' });
    agencyId = agency.id;
    const A = await f.unit(agency.id, { name: 'Phòng Quản lý khoa học', kind: 'division' });
    const A1 = await f.unit(agency.id, { name: 'Tổ Thông tin', kind: 'other', parentId: A.id });
    const B = await f.unit(agency.id, { name: 'Phòng Kế hoạch - Tài chính', kind: 'division' });
    const pA = await f.person(agency.id, A.id, { familyName: 'Đặng', middleName: 'Thị', givenName: 'Thu' });
    const pA1 = await f.person(agency.id, A1.id, { familyName: 'Hoàng', middleName: 'Văn', givenName: 'Nam' });
    const pB = await f.person(agency.id, B.id, { familyName: 'Lý', middleName: 'Thị', givenName: 'Bình' });
    const pStaff = await f.person(agency.id, A.id, { familyName: 'Lương', middleName: 'Văn', givenName: 'An' });

    const other = await f.agency({ name: 'Sở Nội vụ' });
    const X = await f.unit(other.id, { name: 'Phòng Tổ chức', kind: 'division' });
    const pX = await f.person(other.id, X.id, { familyName: 'Vi', middleName: 'Văn', givenName: 'Xuân' });
    const otherUser = await f.user(other.id, [{ role: 'staff' }]);

    const grants: Record<Exclude<Who, 'public'>, { role: Role; unitId?: string }> = {
      admin: { role: 'admin' },
      office: { role: 'office' },
      director: { role: 'director' },
      unit_head: { role: 'unit_head', unitId: A.id },
      focal_point: { role: 'focal_point', unitId: A.id },
      council_member: { role: 'council_member' },
      staff: { role: 'staff' },
    };
    app = await createTestApp(database, { loginMaxPerIpPerWindow: 100_000 });
    for (const [who, grant] of Object.entries(grants) as [Exclude<Who, 'public'>, (typeof grants)['admin']][]) {
      const user = await f.user(agency.id, [grant], { personId: who === 'staff' ? pStaff.id : null, displayName: `Tài khoản ${who}` });
      usernames.set(who, user.username);
      clients.set(who, await signIn(app, user.username));
      actors.set(who, { userId: user.id, agencyId: agency.id, personId: user.personId, displayName: user.displayName, grants: [{ role: grant.role, unitId: grant.unitId ?? null }] });
    }
    const [job] = await database.db
      .insert(jobs)
      .values({ agencyId: agency.id, userId: actors.get('office')!.userId, kind: 'people.import', status: 'failed', message: 'Tệp có lỗi', result: { errors: [] } })
      .returning();

    let n = 0;
    const unitIds = { A: A.id, A1: A1.id, B: B.id };
    world = {
      unit: { A: A.id, A1: A1.id, B: B.id, X: X.id },
      person: { A: pA.id, A1: pA1.id, B: pB.id, staff: pStaff.id, X: pX.id },
      spareUsername: (await f.user(agency.id, [{ role: 'staff' }])).username,
      otherAgencyUserId: otherUser.id,
      officeJobId: job!.id,
      freshPerson: async (unit) => (await f.person(agency.id, unitIds[unit])).id,
      freshUserId: async () => (await f.user(agency.id, [{ role: 'staff' }])).id,
      freshAttestation: async (unit) => {
        const p = await f.person(agency.id, unitIds[unit]);
        const [a] = await database.db.insert(attestations).values({ agencyId: agency.id, personId: p.id, year: 2025, key: 'exemplaryCompliance', value: true, attestedOn: '2025-12-15' }).returning();
        return a!.id;
      },
      freshFile: async (on) => {
        const objectId = on === 'staff' ? pStaff.id : on === 'A' ? pA.id : pB.id;
        const file = await checkUpload(pdfFile(`Tệp ${++n}`), 'Tờ trình.pdf', 1024 * 1024);
        return (await database.db.transaction((tx) => storeFile(tx, { agencyId: agency.id, objectType: 'person', objectId, file, actor: null }))).file.id;
      },
      next: () => ++n,
      prop: await (async () => {
        const db = database.db;
        const officeId = actors.get('office')!.userId;
        const round = async (status: string) => (await db.insert(reviewRounds).values({
          agencyId: agency.id, name: `Xét khen thưởng năm 2025 (${++n})`, kind: 'annual', year: 2025, awardCodes: ['LDTT', 'CSTDCS', 'TTLDTT'],
          opensOn: '2025-11-01', unitDeadline: '2025-12-15', status, createdById: officeId,
        }).returning())[0]!.id;
        const openRound = await round('open');
        const proposal = async (unitId: string) => (await db.insert(proposals).values({ agencyId: agency.id, roundId: openRound, unitId, title: `Tờ trình ${++n}` }).returning())[0]!.id;
        const candidate = async (proposalId: string, personId: string) =>
          (await db.insert(proposalCandidates).values({ agencyId: agency.id, proposalId, roundId: openRound, personId, awardCode: 'LDTT' }).returning())[0]!.id;
        const pa = await proposal(A.id);
        const pb = await proposal(B.id);
        return {
          round: openRound, A: pa, B: pb, candA: await candidate(pa, pA.id), candB: await candidate(pb, pB.id),
          freshRound: () => round('draft'),
          freshProposal: () => proposal(A.id),
          freshCandidate: async () => candidate(await proposal(A.id), (await f.person(agency.id, A1.id)).id),
        };
      })(),
    };
    unitNodes = await database.db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.agencyId, agency.id));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  async function call(r: Row, who: Who) {
    const options = await r.request(world, who);
    if (who === 'public') return app.inject(options);
    const client = r.freshSession ? await signIn(app, usernames.get(who)!) : clients.get(who)!;
    return client.request(options);
  }

  const cells = MATRIX.flatMap((r) =>
    WHO.map((who) => [`${r.route} ${r.subject}`.trim() + ` — ${who} → ${r.expected[who]}`, { r, who, status: r.expected[who] }] as const),
  );

  it.each(cells)('%s', async (_name, { r, who, status }) => {
    const res = await call(r, who);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
    // The public disclosure pages answer HTML (a Vietnamese page), not the API's JSON error.
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) return void expect(res.body).toMatch(/[À-ỹ]/);
    if (status === 401) expect(res.json().error.code).toBe('UNAUTHENTICATED');
    if (status === 403) expect(res.json().error.code).toBe('FORBIDDEN');
    if (status === 404) expect(res.json().error.code).toBe('NOT_FOUND');
    if (status === 400) expect(res.json().error.message).toMatch(/[À-ỹ]/); // a Vietnamese explanation
  });

  it('names only routes that exist', () => {
    const gone = MATRIX.map(routeOf).filter((r) => !app.hasRoute(r as Parameters<FastifyInstance['hasRoute']>[0]));
    expect(gone).toEqual([]);
  });

  /*
   * Routes added later are covered too: every route refuses the public (401) unless its policy is
   * public, and refuses (403) each role its policy leaves out, before looking at the input.
   */
  it('every route refuses the roles its policy leaves out, whatever the input', async () => {
    const byAction = new Map<string, Policy>(Object.values(policies).flatMap((g) => (Object.values(g) as Policy[]).map((p) => [p.action, p] as const)));
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const route of registeredRoutes) {
      const key = `${route.method} ${route.url}`;
      if (seen.has(key) || !route.policy || !app.hasRoute({ method: route.method as 'GET', url: route.url })) continue;
      seen.add(key);
      const policy = byAction.get(route.policy);
      if (!policy) continue; // the route-policy test names unknown policies
      const url = route.url.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const options: InjectOptions = { method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) };
      for (const who of WHO) {
        const decision = decide(policy, who === 'public' ? null : actors.get(who)!, unitNodes);
        if (decision.allowed) continue;
        const expected = decision.reason === 'unauthenticated' ? 401 : 403;
        const res = who === 'public' ? await app.inject(options) : await clients.get(who)!.request(options);
        if (res.statusCode !== expected) wrong.push(`${key} as ${who}: ${res.statusCode}, expected ${expected}`);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(MATRIX.length / 2);
    expect(wrong).toEqual([]);
  });

  describe('what each role sees in lists', () => {
    const listed = async (who: Exclude<Who, 'public'>, query = '') => {
      const res = await clients.get(who)!.get(`/api/people?pageSize=500${query}`);
      expect(res.statusCode).toBe(200);
      return res.json().items as { id: string; unitId: string }[];
    };

    it('the unit head of A sees people of A and its sub-unit A1, and nobody from B', async () => {
      const items = await listed('unit_head');
      const ids = items.map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([world.person.A, world.person.A1, world.person.staff]));
      expect(ids).not.toContain(world.person.B);
      expect(new Set(items.map((p) => p.unitId))).toEqual(new Set([world.unit.A, world.unit.A1]));
    });

    it('the unit head of A finds nothing when filtering on B or searching for a B person by name', async () => {
      expect(await listed('unit_head', `&unitId=${world.unit.B}`)).toEqual([]);
      expect(await listed('unit_head', `&q=${encodeURIComponent('Lý Thị Bình')}`)).toEqual([]);
    });

    it('the focal point of A sees only A and A1', async () => {
      const items = await listed('focal_point');
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.every((p) => p.unitId === world.unit.A || p.unitId === world.unit.A1)).toBe(true);
    });

    it('the staff member sees only their own record', async () => {
      expect((await listed('staff')).map((p) => p.id)).toEqual([world.person.staff]);
    });

    it.each(['admin', 'office', 'director', 'council_member'] as const)('%s sees the whole agency, and nobody of agency 2', async (who) => {
      const ids = (await listed(who)).map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([world.person.A, world.person.A1, world.person.B, world.person.staff]));
      expect(ids).not.toContain(world.person.X);
    });
  });

  describe('the focal point of A stays inside A', () => {
    it('cannot add a person to B: a Vietnamese error names "Đơn vị", and nobody is added', async () => {
      const inB = async () => (await database.db.select({ n: count() }).from(persons).where(eq(persons.unitId, world.unit.B)))[0]!.n;
      const before = await inB();
      const res = await clients.get('focal_point')!.post('/api/people', newPerson(world.unit.B));
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'unitId', field: 'Đơn vị', message: 'Đơn vị không tồn tại hoặc ngoài phạm vi bạn được quản lý.' }] });
      expect(await inB()).toBe(before);
    });

    it('cannot transfer a person of A into B: "Đơn vị" is refused and the person stays in A with the same history', async () => {
      const id = await world.freshPerson('A');
      const history = async () => database.db.select().from(personAssignments).where(eq(personAssignments.personId, id));
      const before = await history();
      const res = await clients.get('focal_point')!.post(`/api/people/${id}/transfer`, transfer(world.unit.B));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('Đơn vị');
      const [person] = await database.db.select().from(persons).where(eq(persons.id, id));
      expect(person!.unitId).toBe(world.unit.A);
      expect(await history()).toEqual(before);
    });

    it('cannot change a person of B (404, as if there were none)', async () => {
      const res = await clients.get('focal_point')!.patch(`/api/people/${world.person.B}`, { phone: '0900000000' });
      expect(res.statusCode).toBe(404);
      const [person] = await database.db.select().from(persons).where(eq(persons.id, world.person.B));
      expect(person!.phone).toBeNull();
    });
  });

  describe('agency 2 never sees agency 1', () => {
    let admin2: Client;
    beforeAll(async () => {
      const f = factory(database.db);
      const [x] = await database.db.select().from(units).where(eq(units.id, world.unit.X));
      admin2 = await signIn(app, (await f.user(x!.agencyId, [{ role: 'admin' }])).username);
    });

    it('lists only its own people and units', async () => {
      expect((await admin2.get('/api/people?pageSize=500')).json().items.map((p: { id: string }) => p.id)).toEqual([world.person.X]);
      expect((await admin2.get('/api/units')).json().items.map((u: { id: string }) => u.id)).toEqual([world.unit.X]);
    });

    it('gets 404 for a person of agency 1, whether reading, changing, transferring or retiring', async () => {
      const id = world.person.A;
      expect((await admin2.get(`/api/people/${id}`)).statusCode).toBe(404);
      expect((await admin2.patch(`/api/people/${id}`, { phone: '0900000000' })).statusCode).toBe(404);
      expect((await admin2.post(`/api/people/${id}/transfer`, transfer(world.unit.X))).statusCode).toBe(404);
      expect((await admin2.post(`/api/people/${id}/status`, { status: 'retired', date: '30/06/2025' })).statusCode).toBe(404);
      const [person] = await database.db.select().from(persons).where(eq(persons.id, id));
      expect([person!.unitId, person!.status, person!.phone]).toEqual([world.unit.A, 'active', null]);
    });

    it('cannot add a person to a unit of agency 1 ("Đơn vị" refused)', async () => {
      const res = await admin2.post('/api/people', newPerson(world.unit.A));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('Đơn vị');
    });

    it('cannot change a unit of agency 1 or hang a unit under it', async () => {
      expect((await admin2.patch(`/api/units/${world.unit.A}`, { name: 'Đổi tên' })).statusCode).toBe(404);
      const res = await admin2.post('/api/units', { code: 'CON', name: 'Tổ con', kind: 'other', parentId: world.unit.A });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].field).toBe('Đơn vị cấp trên');
    });

    it('sees neither the accounts nor the audit entries of agency 1', async () => {
      const users = (await admin2.get('/api/users')).json().items as { username: string }[];
      expect(users.map((u) => u.username)).not.toContain(usernames.get('admin'));
      const entries = (await admin2.get('/api/audit?limit=200')).json().items as { agencyId: string }[];
      expect(entries.every((e) => e.agencyId !== agencyId)).toBe(true);
    });

    it('cannot read a job of agency 1', async () => {
      expect((await admin2.get(`/api/jobs/${world.officeJobId}`)).statusCode).toBe(404);
    });
  });
});

describe('the matrix', () => {
  it('has a column for every role and for the public', () => {
    expect(WHO.filter((w) => w !== 'public')).toEqual([...ROLES]);
  });
});
