/**
 * Awards already received 2019–2025, consistent with the ratings and achievements: LĐTT, CSTĐCS
 * (with the path used), Giấy khen (yearly, irregular, thematic), collective titles, provincial awards.
 */
import { randomUUID } from 'node:crypto';
import { DISCIPLINE_SEVERITY, RATING_RANK, type BasisType, type Conferrer, type CstdcsPath } from '../../domain/catalogue/codes';
import type { Achievements, InitiativePlan, ScienceTaskPlan } from './achievements';
import { inForceDuring, type DisciplinePlan } from './checks';
import type { DecisionNumbers, Issuer } from './decisions';
import type { FeaturedKey } from './featured';
import type { Rng } from './names';
import { subtreeCodes, type UnitCode, type UnitPlan } from './organisation';
import type { PersonPlan } from './people';
import { YEARS, type PersonRating, type UnitRating } from './ratings';

export interface AwardPlan {
  id: string;
  person: PersonPlan | null;
  unit: UnitCode | null;
  awardCode: string;
  year: number;
  basisType: BasisType;
  cstdcsBasis: CstdcsPath | null;
  decisionNo: string;
  decidedOn: string;
  conferredBy: Conferrer;
  note: string;
  initiatives: InitiativePlan[];
  tasks: ScienceTaskPlan[];
}

interface Inputs {
  rng: Rng;
  people: PersonPlan[];
  units: Map<UnitCode, UnitPlan>;
  ratings: PersonRating[];
  unitRatings: UnitRating[];
  achievements: Achievements;
  disciplines: DisciplinePlan[];
  decisionNo: DecisionNumbers;
}

export function planAwards(input: Inputs): AwardPlan[] {
  const { rng, people, units, ratings, unitRatings, achievements, disciplines } = input;
  const byKey = new Map(people.filter((p) => p.key).map((p) => [p.key!, p]));
  const person = (key: FeaturedKey) => byKey.get(key)!;
  const awards: AwardPlan[] = [];
  const decisions = new Map<string, { decisionNo: string; decidedOn: string }>();
  /** One decision per kind and year (a Sở decides all its LĐTT of a year in one document). */
  const decision = (kind: string, issuer: Issuer, decidedOn: string) => {
    const k = `${kind}:${decidedOn}`;
    if (!decisions.has(k)) decisions.set(k, { decisionNo: input.decisionNo(issuer, decidedOn), decidedOn });
    return decisions.get(k)!;
  };
  const byDirector = (y: number, kind: string, day: string) => ({ ...decision(kind, 'SKHCN', `${y + 1}-01-${day}`), conferredBy: 'director' as const });
  const byProvince = (y: number, kind: string, decidedOn = `${y + 1}-04-10`) => ({ ...decision(kind, 'UBND', decidedOn), conferredBy: 'province_chair' as const });
  const received = new Set<string>();
  const add = (a: Omit<AwardPlan, 'id' | 'basisType' | 'cstdcsBasis' | 'initiatives' | 'tasks' | 'note'> & Partial<AwardPlan>) => {
    awards.push({ id: randomUUID(), basisType: 'CONG_TRANG', cstdcsBasis: null, note: '', initiatives: [], tasks: [], ...a });
    if (a.person) received.add(`${a.person.id}:${a.awardCode}:${a.year}`);
  };
  const has = (p: PersonPlan, code: string, year: number) => received.has(`${p.id}:${code}:${year}`);

  // Lao động tiên tiến: rated HTTNV or better, worked ≥ 10 months, spirit attested (a few not proposed).
  for (const r of ratings) {
    const eligible = RATING_RANK[r.level] >= RATING_RANK.HTTNV && r.spiritAttested && r.person.hiredOn <= `${r.year}-03-01`;
    if (eligible && (r.person.key || !rng.chance(0.03))) add({ person: r.person, unit: null, awardCode: 'LDTT', year: r.year, ...byDirector(r.year, 'titles', '08') });
  }

  // CSTĐCS of the featured people, on the scripted path.
  for (const p of people) {
    for (const [yearText, path] of Object.entries(p.cstdcs)) {
      const year = Number(yearText);
      if (!has(p, 'LDTT', year)) throw new Error(`Dữ liệu trình diễn: CSTĐCS ${year} không có LĐTT`);
      const initiatives = path === 'INITIATIVE'
        ? achievements.initiatives.filter((i) => i.authors[0]!.person === p && i.recognizedOn.startsWith(String(year))).slice(0, 1) : [];
      const tasks = path === 'SCIENCE_TASK'
        ? [...achievements.tasks.values()].filter((t) => t.members.some((m) => m.person === p && m.role === 'leader') && t.acceptedOn?.startsWith(String(year))) : [];
      add({ person: p, unit: null, awardCode: 'CSTDCS', year, cstdcsBasis: path, initiatives, tasks, ...byDirector(year, 'cstdcs', '12') });
    }
  }
  // CSTĐCS of generated people: most HTXSNV, and some authors of an initiative recognised that year.
  for (const r of ratings) {
    if (!r.person.key && r.level === 'HTXSNV' && has(r.person, 'LDTT', r.year) && rng.chance(0.8)) {
      add({ person: r.person, unit: null, awardCode: 'CSTDCS', year: r.year, cstdcsBasis: 'HTXSNV', ...byDirector(r.year, 'cstdcs', '12') });
    }
  }
  for (const i of achievements.generated) {
    const author = i.authors[0]!.person;
    const year = Number(i.recognizedOn.slice(0, 4));
    if (i.appliedEffectively && has(author, 'LDTT', year) && !has(author, 'CSTDCS', year) && rng.chance(0.6)) {
      add({ person: author, unit: null, awardCode: 'CSTDCS', year, cstdcsBasis: 'INITIATIVE', initiatives: [i], ...byDirector(year, 'cstdcs', '12') });
    }
  }

  // Giấy khen of the Giám đốc Sở: yearly to a few LĐTT without CSTĐCS.
  for (const year of YEARS) {
    const candidates = ratings
      .filter((r) => r.year === year && !r.person.key && has(r.person, 'LDTT', year) && !has(r.person, 'CSTDCS', year))
      .map((r) => ({ p: r.person, score: r.person.merit + rng.next() }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 4);
    for (const { p } of candidates) {
      add({ person: p, unit: null, awardCode: 'GK_SO', year, note: `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}`, ...byDirector(year, 'gk', '15') });
    }
  }
  const yagi = { ...decision('gk-yagi', 'SKHCN', '2024-09-27'), conferredBy: 'director' as const };
  add({ person: person('driverYagi'), unit: null, awardCode: 'GK_SO', year: 2024, basisType: 'DOT_XUAT', ...yagi,
    note: 'Đã có thành tích xuất sắc đột xuất trong tham gia ứng cứu, khắc phục hậu quả bão số 3 (Yagi) tháng 9/2024' });
  add({ person: null, unit: 'TTCNTT', awardCode: 'GK_SO', year: 2024, basisType: 'DOT_XUAT', ...yagi,
    note: 'Đã có thành tích xuất sắc đột xuất trong bảo đảm thông tin liên lạc phục vụ chỉ đạo ứng phó bão số 3 (Yagi)' });
  const thematic = ratings.filter((r) => r.year === 2025 && !r.person.key && ['CDS', 'TTCNTT', 'TTCNTT-HTAT'].includes(r.unit) && has(r.person, 'LDTT', 2025));
  for (const r of rng.shuffle(thematic).slice(0, 3)) {
    add({ person: r.person, unit: null, awardCode: 'GK_SO', year: 2025, basisType: 'CHUYEN_DE', ...decision('gk-bdhvs', 'SKHCN', '2025-12-10'), conferredBy: 'director',
      note: 'Đã có thành tích xuất sắc trong phong trào thi đua "Bình dân học vụ số" năm 2025' });
  }

  // Provincial awards (Chủ tịch UBND tỉnh).
  const fi = achievements.featured;
  add({ person: person('pastCstdTinh'), unit: null, awardCode: 'CSTD_TINH', year: 2021, initiatives: [fi.get('orchidTissue')!], ...byProvince(2021, 'cstd', '2022-04-12') });
  add({ person: person('bkTinhHolder'), unit: null, awardCode: 'BK_TINH', year: 2022, initiatives: [fi.get('borderQuality')!, fi.get('radiationLicensing')!], ...byProvince(2022, 'bk', '2023-03-21'),
    note: 'Đã có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ (2021–2022) và 02 sáng kiến được công nhận, áp dụng hiệu quả' });
  add({ person: person('director'), unit: null, awardCode: 'BK_TINH', year: 2023, ...byProvince(2023, 'bk', '2024-04-09'),
    note: 'Đã có thành tích xuất sắc trong công tác quản lý nhà nước về khoa học và công nghệ giai đoạn 2021–2023' });
  add({ person: null, unit: 'QLCN', awardCode: 'BK_TINH', year: 2024, ...byProvince(2024, 'bk', '2025-04-15'),
    note: 'Đã có thành tích xuất sắc trong phát triển thị trường khoa học và công nghệ giai đoạn 2022–2024' });

  // Collective titles, from the unit rating and its members' results.
  for (const ur of unitRatings) {
    const subtree = subtreeCodes(units, ur.unit);
    const members = ratings.filter((r) => r.year === ur.year && subtree.has(r.unit));
    if (!members.length) continue;
    const ldttShare = members.filter((r) => has(r.person, 'LDTT', ur.year)).length / members.length;
    const topLevel = !units.get(ur.unit)!.parent;
    const excellent = topLevel && ur.level === 'HTXSNV' && ldttShare >= 0.7 &&
      members.every((r) => RATING_RANK[r.level] >= RATING_RANK.HTNV) && members.some((r) => has(r.person, 'CSTDCS', ur.year));
    const disciplined = disciplines.some((d) => DISCIPLINE_SEVERITY[d.form] >= DISCIPLINE_SEVERITY.CANH_CAO && inForceDuring(d, ur.year) &&
      members.some((r) => r.person === person(d.person)));
    if (excellent) add({ person: null, unit: ur.unit, awardCode: 'TTLDXS', year: ur.year, ...byProvince(ur.year, 'ttldxs') });
    else if (RATING_RANK[ur.level] >= RATING_RANK.HTTNV && ldttShare > 0.5 && !disciplined) {
      add({ person: null, unit: ur.unit, awardCode: 'TTLDTT', year: ur.year, ...byDirector(ur.year, 'titles', '08') });
    }
  }
  for (const year of YEARS) {
    const advanced = awards.filter((a) => a.year === year && a.awardCode === 'TTLDTT' && !units.get(a.unit!)!.parent);
    const unit = rng.pick(advanced).unit!;
    add({ person: null, unit, awardCode: 'GK_SO', year, note: `Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}`, ...byDirector(year, 'gk', '15') });
  }
  return awards;
}
