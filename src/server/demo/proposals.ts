/**
 * The demo's review round (issue 6): "Xét khen thưởng công trạng năm 2025", open, its deadline a few
 * working days after today, with proposals of three units in each state the office meets — a draft
 * (Phòng Quản lý khoa học), one submitted and not yet opened (Trung tâm Công nghệ thông tin và
 * Truyền thông), one returned with a request on a field (Chi cục Tiêu chuẩn Đo lường Chất lượng),
 * one the office accepted in full (Phòng Quản lý khoa học). Written after the records, through the
 * same use cases as the API, so the engine's runs, the audit entries and the notifications exist.
 * Mail is not queued for delivery (a queue that drops sends): the demo's addresses are fictional.
 */
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { loadCalendar } from '../../db/queries/calendar';
import * as t from '../../db/schema';
import type { Actor, Role } from '../../domain/auth/roles';
import { addWorkingDays } from '../../domain/calendar/working-days';
import type { AwardCode } from '../../domain/catalogue';
import type { AppConfig } from '../config';
import type { Clock } from '../platform/clock';
import type { Queue } from '../platform/queue';
import { acceptCandidateCase, addCandidate, overrideCandidate, requestFix, setSummary } from '../services/proposals/candidates-service';
import { unitTreeOf, type ProposalsCtx } from '../services/proposals/common';
import { createProposal, openProposal, returnProposal, submitProposal } from '../services/proposals/proposals-service';
import { createRound, transitionRound } from '../services/proposals/rounds';
import type { UnitCode, UnitPlan } from './organisation';

export const DEMO_ROUND_NAME = 'Xét khen thưởng công trạng năm 2025';
const ROUND_AWARDS: AwardCode[] = ['LDTT', 'CSTDCS', 'GK_SO', 'TTLDTT', 'BK_TINH', 'CSTD_TINH'];

/** Demo mail goes nowhere: the outbox row is written, no delivery job is queued. */
const silentQueue: Queue = { send: async () => null, work: async () => undefined };

/** A candidate of the demo: a person by full name (or a unit by code), the award, the unit's note, the office's summary. */
interface DemoCandidate {
  person?: string;
  unit?: UnitCode;
  award: AwardCode;
  note: string;
  summary?: string;
}

const ACCEPTED: DemoCandidate[] = [
  {
    person: 'Hà Minh Tuấn', award: 'CSTD_TINH', note: 'Ba năm liền Chiến sĩ thi đua cơ sở (2023–2025); sáng kiến có phạm vi ảnh hưởng cấp tỉnh.',
    summary: 'Phó Trưởng phòng Quản lý khoa học; ba năm liền Chiến sĩ thi đua cơ sở; chủ trì sáng kiến "Ứng dụng công nghệ sinh học trong nhân giống hồi Lạng Sơn" được Chủ tịch UBND tỉnh công nhận phạm vi ảnh hưởng cấp tỉnh.',
  },
  {
    person: 'Trần Thị Ngọc Ánh', award: 'LDTT', note: 'Hoàn thành tốt nhiệm vụ năm 2025; tham mưu quản lý nhiệm vụ KH&CN cấp tỉnh đúng tiến độ.',
    summary: 'Chuyên viên Phòng Quản lý khoa học; hoàn thành tốt nhiệm vụ năm 2025, tham mưu thẩm định, theo dõi 12 nhiệm vụ KH&CN cấp tỉnh đúng tiến độ.',
  },
];

const RETURNED: DemoCandidate[] = [
  {
    person: 'Lộc Văn Hải', award: 'CSTD_TINH', note: 'Ba năm liền Chiến sĩ thi đua cơ sở; sáng kiến về kiểm định phương tiện đo áp dụng toàn tỉnh.',
    summary: 'Chuyên viên chính Chi cục TĐC; ba năm liền Chiến sĩ thi đua cơ sở; sáng kiến cải tiến quy trình kiểm định phương tiện đo nhóm 2.',
  },
  {
    person: 'Đinh Thị Lụa', award: 'LDTT', note: 'Kế toán Chi cục; hoàn thành tốt nhiệm vụ năm 2025, quyết toán đúng hạn.',
    summary: 'Kế toán Chi cục Tiêu chuẩn Đo lường Chất lượng; hoàn thành tốt nhiệm vụ năm 2025, quyết toán ngân sách đúng hạn, không có sai sót.',
  },
];

const SUBMITTED: DemoCandidate[] = [
  { person: 'Mông Thị Hạnh', award: 'BK_TINH', note: 'Hai lần Chiến sĩ thi đua cơ sở liên tiếp (2024, 2025) và hai sáng kiến được công nhận.' },
  { unit: 'TTCNTT-HTAT', award: 'TTLDTT', note: 'Tập thể hoàn thành tốt nhiệm vụ năm 2025; bảo đảm an toàn thông tin cho hệ thống chính quyền số của tỉnh.' },
];

/** The office's request to the Chi cục (the DoanVan idea: a request on one field, seen highlighted by the unit). */
const FIELD_REQUEST = {
  person: 'Lộc Văn Hải',
  message: 'Bổ sung quyết định công nhận sáng kiến năm 2024 và văn bản của Chủ tịch UBND tỉnh công nhận phạm vi ảnh hưởng cấp tỉnh; nêu rõ trong thành tích.',
};

export interface DemoProposalsInput {
  db: Db;
  agencyId: string;
  units: Map<UnitCode, UnitPlan>;
  /** The demo password's hash, for the two unit accounts this module adds. */
  passwordHash: string;
  clock: Clock;
  config?: Pick<AppConfig, 'publicUrl'>;
}

const todayIso = (clock: Clock) => clock.now().toISOString().slice(0, 10);

export async function seedDemoProposals(input: DemoProposalsInput) {
  const { db, agencyId, units } = input;
  const database: Database = { db, kind: 'pglite', close: async () => undefined };
  const app = { database, queue: silentQueue, config: (input.config ?? {}) as AppConfig, clock: input.clock };
  const tree = await unitTreeOf(db, agencyId);
  const [vanphong] = await db.select().from(t.users).where(and(eq(t.users.agencyId, agencyId), eq(t.users.username, 'demo.vanphong')));
  const [truongphong] = await db.select().from(t.users).where(and(eq(t.users.agencyId, agencyId), eq(t.users.username, 'demo.truongphong')));
  const unitId = (code: UnitCode) => units.get(code)!.id;
  const ctxOf = (u: { id: string; displayName: string; personId: string | null }, role: Role, unit: UnitCode | null): ProposalsCtx => ({
    app, units: tree,
    actor: { userId: u.id, agencyId, personId: u.personId, displayName: u.displayName, grants: [{ role, unitId: unit ? unitId(unit) : null }] } satisfies Actor,
  });

  // The two units without a demo account get a focal point each (not listed on the sign-in page).
  const focal = await db.insert(t.users).values([
    { agencyId, username: 'daumoi.cctdc', displayName: 'Đầu mối TĐKT Chi cục Tiêu chuẩn Đo lường Chất lượng', passwordHash: input.passwordHash, isDemo: true },
    { agencyId, username: 'daumoi.ttcntt', displayName: 'Đầu mối TĐKT Trung tâm Công nghệ thông tin và Truyền thông', passwordHash: input.passwordHash, isDemo: true },
  ]).returning();
  await db.insert(t.userRoles).values([
    { userId: focal[0]!.id, role: 'focal_point', unitId: unitId('CCTDC') },
    { userId: focal[1]!.id, role: 'focal_point', unitId: unitId('TTCNTT') },
  ]);

  const office = ctxOf(vanphong!, 'office', null);
  const qlkh = ctxOf(truongphong!, 'unit_head', 'QLKH');
  const cctdc = ctxOf(focal[0]!, 'focal_point', 'CCTDC');
  const ttcntt = ctxOf(focal[1]!, 'focal_point', 'TTCNTT');

  const people = await db.select({ id: t.persons.id, fullName: t.persons.fullName }).from(t.persons)
    .where(and(eq(t.persons.agencyId, agencyId), inArray(t.persons.fullName, [...ACCEPTED, ...RETURNED, ...SUBMITTED].flatMap((c) => (c.person ? [c.person] : [])))));
  const personId = (name: string) => people.find((p) => p.fullName === name)!.id;

  // The round: opened two weeks of working days ago, the units' deadline four working days from today.
  const calendar = await loadCalendar(db, agencyId);
  const today = todayIso(input.clock);
  const round = await createRound(office, {
    name: DEMO_ROUND_NAME, kind: 'annual', year: 2025, awardCodes: ROUND_AWARDS,
    opensOn: addWorkingDays(today, -10, calendar), unitDeadline: addWorkingDays(today, 4, calendar), reminderWorkingDays: 2,
    note: 'Các đơn vị gửi tờ trình, báo cáo thành tích và biên bản họp bình xét về Văn phòng Sở (bộ phận TĐKT) đúng hạn.',
  });
  await transitionRound(office, round.id, 'open');

  const propose = async (ctx: ProposalsCtx, unit: UnitCode, title: string, documentNo: string, list: DemoCandidate[]) => {
    const p = await createProposal(ctx, { roundId: round.id, unitId: unitId(unit), title, documentNo });
    const ids = new Map<DemoCandidate, string>();
    for (const c of list) {
      const added = await addCandidate(ctx, p.id, {
        ...(c.person ? { personId: personId(c.person) } : { unitId: unitId(c.unit!) }), awardCode: c.award, basisType: 'CONG_TRANG', note: c.note,
      });
      ids.set(c, added.id);
    }
    return { id: p.id, ids };
  };
  const review = async (p: { id: string; ids: Map<DemoCandidate, string> }) => {
    await openProposal(office, p.id);
    for (const [c, id] of p.ids) if (c.summary) await setSummary(office, id, c.summary);
  };

  // Accepted in full: Phòng Quản lý khoa học's first tờ trình.
  const accepted = await propose(qlkh, 'QLKH', 'Tờ trình đề nghị xét tặng danh hiệu thi đua năm 2025 (đợt 1)', '15/TTr-QLKH', ACCEPTED);
  await submitProposal(qlkh, accepted.id);
  await review(accepted);
  for (const id of accepted.ids.values()) await acceptWithReason(office, id);

  // Returned: the Chi cục's proposal, one candidate with a request on the achievements field.
  const returned = await propose(cctdc, 'CCTDC', 'Tờ trình đề nghị khen thưởng năm 2025', '42/TTr-CCTĐC', RETURNED);
  await submitProposal(cctdc, returned.id);
  await review(returned);
  for (const [c, id] of returned.ids) {
    if (c.person === FIELD_REQUEST.person) await requestFix(office, id, { target: 'field', item: 'note', message: FIELD_REQUEST.message });
    else await acceptWithReason(office, id);
  }
  const [still] = await db.select({ status: t.proposals.status }).from(t.proposals).where(eq(t.proposals.id, returned.id));
  if (still!.status === 'in_review') {
    await returnProposal(office, returned.id, 'Đề nghị Chi cục bổ sung hồ sơ của ông Lộc Văn Hải theo yêu cầu, gửi lại trước hạn của đợt xét.');
  }

  // Submitted, not yet opened: the Trung tâm Công nghệ thông tin và Truyền thông.
  const submitted = await propose(ttcntt, 'TTCNTT', 'Tờ trình đề nghị khen thưởng công trạng năm 2025', '08/TTr-TTCNTT', SUBMITTED);
  await submitProposal(ttcntt, submitted.id);

  // A draft: Phòng Quản lý khoa học's second tờ trình, for one of its staff not proposed yet.
  const used = [...ACCEPTED].map((c) => personId(c.person!));
  const others = await db.select({ id: t.persons.id }).from(t.persons)
    .where(and(eq(t.persons.unitId, unitId('QLKH')), eq(t.persons.status, 'active'), eq(t.persons.isLeader, false), notInArray(t.persons.id, used)))
    .orderBy(asc(t.persons.code)).limit(1);
  const draft = await createProposal(qlkh, { roundId: round.id, unitId: unitId('QLKH'), title: 'Tờ trình đề nghị xét tặng danh hiệu thi đua năm 2025 (đợt 2)', documentNo: '' });
  for (const o of others) {
    await addCandidate(qlkh, draft.id, { personId: o.id, awardCode: 'LDTT', basisType: 'CONG_TRANG', note: 'Hoàn thành tốt nhiệm vụ năm 2025; tham gia tổ thẩm định hồ sơ nhiệm vụ KH&CN cấp tỉnh.' });
  }

  return { roundId: round.id, proposals: { draft: draft.id, submitted: submitted.id, returned: returned.id, accepted: accepted.id } };
}

/** Accepts; a candidate the engine did not find eligible is first overridden with the office's reason. */
async function acceptWithReason(office: ProposalsCtx, id: string) {
  const [c] = await office.app.database.db.select({ verdictStatus: t.proposalCandidates.verdictStatus }).from(t.proposalCandidates).where(eq(t.proposalCandidates.id, id));
  if (c?.verdictStatus && c.verdictStatus !== 'eligible' && c.verdictStatus !== 'awaiting_council') {
    await overrideCandidate(office, id, 'Văn phòng đã đối chiếu hồ sơ gốc của đơn vị: đủ thành tích theo quy chế, trình Hội đồng xem xét.');
  }
  await acceptCandidateCase(office, id);
}
