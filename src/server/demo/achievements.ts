/** Sáng kiến and nhiệm vụ KH&CN: the featured ones that stories rely on, plus yearly generated initiatives. */
import { randomUUID } from 'node:crypto';
import type { AcceptanceResult, InitiativeScope, ScienceTaskKind } from '../../domain/catalogue/codes';
import { randomDate } from './dates';
import type { DecisionNumbers } from './decisions';
import type { FeaturedKey } from './featured';
import type { Rng } from './names';
import type { UnitCode, UnitPlan } from './organisation';
import { assignmentOn, currentAssignment, type PersonPlan } from './people';
import { YEARS, type PersonRating } from './ratings';
import { INITIATIVE_POOL, SCIENCE_TASKS, type PersonRef } from './titles';

export interface InitiativePlan {
  id: string;
  title: string;
  recognizedBy: InitiativeScope;
  recognizingBody: string;
  decisionNo: string;
  recognizedOn: string;
  impactScope: InitiativeScope;
  impactRecognizedByProvinceHead: boolean;
  appliedEffectively: boolean;
  replicable: boolean;
  effectEvidence: string;
  authors: { person: PersonPlan; sharePct: number }[];
}

export interface ScienceTaskPlan {
  id: string;
  code: string;
  title: string;
  kind: ScienceTaskKind;
  level: 'TINH' | 'CO_SO';
  acceptedOn: string | null;
  acceptanceResult: AcceptanceResult | null;
  applied: boolean;
  impactScope: InitiativeScope;
  impactRecognizedByProvinceHead: boolean;
  applicationEvidence: string;
  members: { person: PersonPlan; role: 'leader' | 'secretary' | 'member' }[];
}

const SO = 'Sở Khoa học và Công nghệ tỉnh Lạng Sơn';
const TINH = 'Ủy ban nhân dân tỉnh Lạng Sơn';

export interface FeaturedInitiative {
  key: FeaturedKey;
  title: string;
  recognizedOn: string;
  province?: boolean;
  impactScope?: InitiativeScope;
  impactRecognizedByProvinceHead?: boolean;
  coAuthor?: { unit: UnitCode; share: number };
  evidence: string;
}

export const FEATURED_INITIATIVES = {
  hoiBiotech: {
    key: 'cstdTinhByRating', title: 'Ứng dụng công nghệ sinh học trong nhân giống hồi Lạng Sơn', recognizedOn: '2024-11-12', province: true,
    impactScope: 'TINH', impactRecognizedByProvinceHead: true, coAuthor: { unit: 'TTUD-UDCG', share: 40 },
    evidence: 'Áp dụng tại các vườn ươm của 6 xã vùng hồi, tỷ lệ cây giống đạt chuẩn xuất vườn 92%; Chủ tịch UBND tỉnh công nhận hiệu quả áp dụng và khả năng nhân rộng trong phạm vi toàn tỉnh.',
  },
  quynhCompost: {
    key: 'cstdTinhByInitiative', title: 'Ứng dụng chế phẩm sinh học xử lý bã hồi, quế sau chưng cất tinh dầu làm phân bón hữu cơ', recognizedOn: '2023-09-18',
    evidence: 'Áp dụng tại 3 hợp tác xã chưng cất tinh dầu; xử lý khoảng 120 tấn bã mỗi năm, giảm ô nhiễm môi trường.',
  },
  ocopMap: {
    key: 'cstdTinhByInitiative', title: 'Xây dựng bản đồ số các sản phẩm OCOP tỉnh Lạng Sơn', recognizedOn: '2025-10-28', province: true,
    impactScope: 'TINH', impactRecognizedByProvinceHead: true, coAuthor: { unit: 'TTUD-TTTK', share: 30 },
    evidence: 'Bản đồ số công khai 286 sản phẩm OCOP, được các sở, ngành và xã, phường khai thác; Chủ tịch UBND tỉnh công nhận phạm vi ảnh hưởng cấp tỉnh.',
  },
  canboDigitise: {
    key: 'canbo', title: 'Số hóa quy trình tiếp nhận hồ sơ đề xuất đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh', recognizedOn: '2024-08-20',
    evidence: 'Áp dụng tại Phòng Quản lý khoa học từ tháng 9/2024; rút ngắn khoảng 30% thời gian tiếp nhận, thẩm định hồ sơ.',
  },
  traceability: {
    key: 'nearMissScope', title: 'Hệ thống truy xuất nguồn gốc nông sản (na, hồi, quế) dựa trên tem điện tử', recognizedOn: '2024-07-15',
    impactScope: 'TINH', impactRecognizedByProvinceHead: false,
    evidence: 'Đơn vị đề nghị công nhận phạm vi ảnh hưởng cấp tỉnh; chưa được Chủ tịch UBND tỉnh công nhận hiệu quả và phạm vi ảnh hưởng.',
  },
  socMonitoring: {
    key: 'brokenChain', title: 'Giải pháp giám sát an toàn thông tin tập trung cho hệ thống máy chủ dùng chung của tỉnh bằng phần mềm mã nguồn mở', recognizedOn: '2024-06-10',
    evidence: 'Áp dụng tại Trung tâm dữ liệu tỉnh từ tháng 7/2024; phát hiện sớm 14 sự cố tấn công dò quét.',
  },
  backupAutomation: {
    key: 'brokenChain', title: 'Tự động hóa sao lưu và phục hồi dữ liệu cho Trung tâm dữ liệu tỉnh', recognizedOn: '2025-09-05',
    evidence: 'Thời gian phục hồi dữ liệu giảm từ 8 giờ xuống dưới 1 giờ.',
  },
  orchidTissue: {
    key: 'pastCstdTinh', title: 'Ứng dụng kỹ thuật nuôi cấy mô nhân giống lan Kim tuyến tại Lạng Sơn', recognizedOn: '2021-10-20', province: true,
    impactScope: 'TINH', impactRecognizedByProvinceHead: true,
    evidence: 'Cung ứng trên 40.000 cây giống cho các hộ trồng dược liệu trong tỉnh; Chủ tịch UBND tỉnh công nhận phạm vi ảnh hưởng cấp tỉnh.',
  },
  borderQuality: {
    key: 'bkTinhHolder', title: 'Quy trình kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu qua cửa khẩu quốc tế Hữu Nghị', recognizedOn: '2021-08-16',
    evidence: 'Rút ngắn thời gian kiểm tra hồ sơ từ 3 ngày xuống 1 ngày làm việc.',
  },
  radiationLicensing: {
    key: 'bkTinhHolder', title: 'Giải pháp quản lý cấp phép tiến hành công việc bức xạ trong lĩnh vực y tế trên môi trường mạng', recognizedOn: '2022-09-09',
    evidence: '100% hồ sơ cấp phép bức xạ y tế được tiếp nhận, xử lý trực tuyến.',
  },
  qrAssets: {
    key: 'deferredByInspection', title: 'Giải pháp quản lý tài sản công bằng mã QR tại Trung tâm Ứng dụng và Thống kê KH&CN', recognizedOn: '2024-05-22',
    evidence: 'Kiểm kê tài sản cuối năm rút ngắn từ 5 ngày xuống 1 ngày.',
  },
  archiveDigitise: {
    key: 'deferredByInspection', title: 'Số hóa hồ sơ lưu trữ của Trung tâm giai đoạn 2010–2024', recognizedOn: '2025-06-17',
    evidence: 'Số hóa 3.200 hồ sơ, tra cứu trên phần mềm quản lý văn bản.',
  },
} satisfies Record<string, FeaturedInitiative>;
export type FeaturedInitiativeKey = keyof typeof FEATURED_INITIATIVES;

const BENEFITS = [
  'rút ngắn khoảng 30% thời gian xử lý hồ sơ',
  'tiết kiệm khoảng 45 triệu đồng mỗi năm',
  'giảm 80% văn bản giấy gửi, nhận',
  'được các đơn vị trong Sở áp dụng',
  'số liệu báo cáo chính xác, kịp thời hơn',
  'giảm một nửa thời gian tổng hợp báo cáo định kỳ',
];

interface Context {
  rng: Rng;
  people: PersonPlan[];
  units: Map<UnitCode, UnitPlan>;
  decisionNo: DecisionNumbers;
  byKey: Map<FeaturedKey, PersonPlan>;
}

/** A generated person in one of the units on a date (never a featured person: their stories are scripted). */
function pickGenerated(ctx: Context, unitCodes: UnitCode[], date: string, exclude: PersonPlan[] = [], position?: string): PersonPlan {
  const inUnits = ctx.people.filter((p) => {
    const a = assignmentOn(p, date);
    return !p.key && a && unitCodes.includes(a.unit) && !exclude.includes(p);
  });
  const holding = inUnits.filter((p) => !position || assignmentOn(p, date)!.position === position);
  const pool = holding.length ? holding : inUnits;
  if (!pool.length) throw new Error(`Dữ liệu trình diễn: không có người phù hợp ở ${unitCodes.join(', ')} ngày ${date}`);
  return ctx.rng.pick(pool);
}

function featuredInitiatives(ctx: Context): Map<FeaturedInitiativeKey, InitiativePlan> {
  const out = new Map<FeaturedInitiativeKey, InitiativePlan>();
  for (const [k, f] of Object.entries(FEATURED_INITIATIVES) as [FeaturedInitiativeKey, FeaturedInitiative][]) {
    const author = ctx.byKey.get(f.key)!;
    const authors = [{ person: author, sharePct: 100 - (f.coAuthor?.share ?? 0) }];
    if (f.coAuthor) authors.push({ person: pickGenerated(ctx, [f.coAuthor.unit], f.recognizedOn), sharePct: f.coAuthor.share });
    out.set(k, {
      id: randomUUID(), title: f.title,
      recognizedBy: f.province ? 'TINH' : 'CO_SO',
      recognizingBody: f.province ? TINH : SO,
      decisionNo: ctx.decisionNo(f.province ? 'UBND' : 'SKHCN', f.recognizedOn),
      recognizedOn: f.recognizedOn,
      impactScope: f.impactScope ?? 'CO_SO',
      impactRecognizedByProvinceHead: f.impactRecognizedByProvinceHead ?? false,
      appliedEffectively: true, replicable: f.impactScope === 'TINH',
      effectEvidence: f.evidence, authors,
    });
  }
  return out;
}

/** 3–4 initiatives a year by generated people rated HTTNV or better that year. */
function generatedInitiatives(ctx: Context, ratings: PersonRating[]): InitiativePlan[] {
  const { rng } = ctx;
  const pool = rng.shuffle(INITIATIVE_POOL);
  const out: InitiativePlan[] = [];
  for (const year of YEARS) {
    const good = ratings.filter((r) => r.year === year && !r.person.key && (r.level === 'HTTNV' || r.level === 'HTXSNV'));
    for (let n = rng.int(3, 4); n > 0 && pool.length; n--) {
      const [title, unitCodes] = pool.pop()!;
      const candidates = good.filter((r) => unitCodes.includes(r.unit)).sort((a, b) => b.person.merit - a.person.merit).slice(0, 4);
      if (!candidates.length) continue;
      const main = rng.pick(candidates);
      const recognizedOn = randomDate(rng, `${year}-05-01`, `${year}-11-30`);
      const shares = rng.pick([[100], [100], [70, 30], [60, 40], [50, 30, 20]]);
      const authors = [{ person: main.person, sharePct: shares[0]! }];
      for (const share of shares.slice(1)) {
        const co = good.filter((r) => r.unit === main.unit && !authors.some((a) => a.person === r.person));
        if (co.length) authors.push({ person: rng.pick(co).person, sharePct: share });
        else authors[0]!.sharePct += share;
      }
      const month = Number(recognizedOn.slice(5, 7));
      out.push({
        id: randomUUID(), title, recognizedBy: 'CO_SO', recognizingBody: SO,
        decisionNo: ctx.decisionNo('SKHCN', recognizedOn), recognizedOn,
        impactScope: 'CO_SO', impactRecognizedByProvinceHead: false,
        appliedEffectively: rng.chance(0.9), replicable: rng.chance(0.4),
        effectEvidence: `Áp dụng tại ${ctx.units.get(main.unit)!.name} từ tháng ${month}/${year}; ${rng.pick(BENEFITS)}.`,
        authors,
      });
    }
  }
  return out;
}

function resolve(ctx: Context, ref: PersonRef, date: string, exclude: PersonPlan[]): PersonPlan {
  return 'key' in ref ? ctx.byKey.get(ref.key)! : pickGenerated(ctx, [ref.unit], date, exclude, ref.position);
}

function scienceTasks(ctx: Context): Map<string, ScienceTaskPlan> {
  const out = new Map<string, ScienceTaskPlan>();
  for (const t of SCIENCE_TASKS) {
    const staffedOn = `${t.startYear}-06-30`;
    const members: ScienceTaskPlan['members'] = [];
    const add = (person: PersonPlan, role: ScienceTaskPlan['members'][number]['role']) => members.push({ person, role });
    add(resolve(ctx, t.leader, staffedOn, []), 'leader');
    for (const ref of t.with ?? []) add(resolve(ctx, ref, staffedOn, members.map((m) => m.person)), 'member');
    const teamUnits = [currentAssignment(members[0]!.person).unit, ...(t.teamUnits ?? [])];
    add(pickGenerated(ctx, teamUnits, staffedOn, members.map((m) => m.person)), 'secretary');
    for (let i = ctx.rng.int(1, 2); i > 0; i--) add(pickGenerated(ctx, teamUnits, staffedOn, members.map((m) => m.person)), 'member');
    out.set(t.code, {
      id: randomUUID(), code: t.code, title: t.title, kind: t.kind, level: t.level,
      acceptedOn: t.accepted?.on ?? null, acceptanceResult: t.accepted?.result ?? null,
      applied: t.applied, impactScope: t.impactScope, impactRecognizedByProvinceHead: t.impactRecognizedByProvinceHead ?? false,
      applicationEvidence: t.evidence, members,
    });
  }
  return out;
}

export function planAchievements(rng: Rng, people: PersonPlan[], units: Map<UnitCode, UnitPlan>, decisionNo: DecisionNumbers, ratings: PersonRating[]) {
  const byKey = new Map(people.filter((p) => p.key).map((p) => [p.key!, p]));
  const ctx: Context = { rng, people, units, decisionNo, byKey };
  const featured = featuredInitiatives(ctx);
  const generated = generatedInitiatives(ctx, ratings);
  const tasks = scienceTasks(ctx);
  return { featured, generated, initiatives: [...featured.values(), ...generated], tasks };
}
export type Achievements = ReturnType<typeof planAchievements>;
