/**
 * How each agency setting (Quy chế TĐKT) is read and entered by a person: a Vietnamese word for every
 * value, the kind of editor that fits its type, and the value written as a sentence. Typed against
 * SETTINGS_SPEC: a new setting, or a new value of a choice, without its Vietnamese label does not
 * compile. The server (API metadata, exports) and the web use the same words.
 */
import {
  AWARD_LABELS,
  CSTDCS_PATH_LABELS,
  DISCIPLINE_FORM_LABELS,
  EVALUABLE_AWARDS,
  type CstdcsPath,
  type EvaluableAward,
} from '../catalogue';
import { formatNumberVi, formatPercentVi } from '../text/numbers';
import type { AgencyCriterion, AgencySettings, SettingKey } from './settings';

/** Units of a number setting: percent (20 = 20 %), share (0,5 = 50 %, entered in percent), months, working days. */
export type NumberUnit = 'percent' | 'share' | 'months' | 'workingDays';

export const NUMBER_UNIT_LABELS: Record<NumberUnit, string> = { percent: '%', share: '%', months: 'tháng', workingDays: 'ngày làm việc' };

type Quota = { pct: number; base: 'LDTT' | 'CSTDCS' | 'CANDIDATES' | 'UNITS' };
type CstdcsPaths = { allowed: CstdcsPath[]; combine: 'ANY' | 'HTXSNV_AND_ONE_OTHER' };

export interface SwitchEditor { kind: 'switch'; onVi: string; offVi: string }
export interface ChoiceEditor<V extends string> { kind: 'choice'; optionsVi: Record<V, string>; noneVi?: string }
export interface NumberEditor { kind: 'number'; unit: NumberUnit; min: number; max?: number; integer?: boolean; noneVi?: string }
export interface DateEditor { kind: 'date' }
export interface QuotaEditor { kind: 'quota'; baseVi: Record<Quota['base'], string>; noneVi: string }
export interface MultiChoiceEditor<V extends string> { kind: 'multiChoice'; optionsVi: Record<V, string>; min: number }
export interface PathsEditor { kind: 'cstdcsPaths'; pathsVi: Record<CstdcsPath, string>; combineVi: Record<CstdcsPaths['combine'], string> }
export interface CriteriaEditor { kind: 'criteria' }
export interface PerAwardEditor { kind: 'perAward'; of: 'switch' | 'share' }

export type SettingEditor =
  | SwitchEditor
  | ChoiceEditor<string>
  | NumberEditor
  | DateEditor
  | QuotaEditor
  | MultiChoiceEditor<string>
  | PathsEditor
  | CriteriaEditor
  | PerAwardEditor;

/** The editor a value type calls for; choices must label every value, nullable ones name "none". */
type EditorFor<T> = [T] extends [boolean]
  ? SwitchEditor
  : [T] extends [number]
    ? NumberEditor
    : [T] extends [number | null]
      ? NumberEditor & { noneVi: string }
      : [T] extends [AgencyCriterion[]]
        ? CriteriaEditor
        : [T] extends [Quota | null]
          ? QuotaEditor
          : [T] extends [CstdcsPaths]
            ? PathsEditor
            : [T] extends [(infer E extends string)[]]
              ? MultiChoiceEditor<E>
              : [T] extends [Partial<Record<EvaluableAward, boolean>>]
                ? PerAwardEditor & { of: 'switch' }
                : [T] extends [Partial<Record<EvaluableAward, number>>]
                  ? PerAwardEditor & { of: 'share' }
                  : string extends T
                    ? DateEditor
                    : [T] extends [string]
                      ? ChoiceEditor<T>
                      : [T] extends [string | null]
                        ? ChoiceEditor<NonNullable<T>> & { noneVi: string }
                        : never;

const YES_NO: SwitchEditor = { kind: 'switch', onVi: 'Có', offVi: 'Không' };
const APPLY: SwitchEditor = { kind: 'switch', onVi: 'Áp dụng', offVi: 'Không áp dụng' };
const QUOTA: QuotaEditor = {
  kind: 'quota',
  baseVi: { LDTT: 'số cá nhân đạt Lao động tiên tiến', CSTDCS: 'số cá nhân đạt Chiến sĩ thi đua cơ sở', CANDIDATES: 'số người được đề nghị', UNITS: 'số tập thể' },
  noneVi: 'Không giới hạn',
};
const DISCIPLINE_MAX = { kind: 'choice', optionsVi: { ...DISCIPLINE_FORM_LABELS }, noneVi: 'Không chấp nhận kỷ luật nào' } as const;

export const SETTING_EDITORS: { [K in SettingKey]: EditorFor<AgencySettings[K]> } = {
  'regime.law2026.enabled': APPLY,
  'regime.law2026.effectiveFrom': { kind: 'date' },
  'rating.vienChuc2026Regime': {
    kind: 'choice',
    optionsVi: { ND233: 'Nghị định 233/2026/NĐ-CP', ND90: 'Nghị định 90/2020/NĐ-CP (chuyển tiếp cho năm 2026)' },
  },
  'rating.nguoiLaoDongRegime': {
    kind: 'choice',
    optionsVi: { INTERNAL: 'Quy chế đánh giá nội bộ của đơn vị', ND233: 'Nghị định 233/2026/NĐ-CP' },
  },
  'quota.CSTDCS': QUOTA,
  'quota.CSTD_TINH': QUOTA,
  'quota.TTLDXS': QUOTA,
  'quota.CO_TD': QUOTA,
  roundingMode: {
    kind: 'choice',
    optionsVi: { FLOOR: 'Làm tròn xuống', HALF_UP: 'Làm tròn đến số gần nhất', CEIL: 'Làm tròn lên' },
  },
  'ttldtt.minLdttShare': { kind: 'number', unit: 'share', min: 0, max: 1 },
  'ttldtt.minLdttShareInclusive': { kind: 'switch', onVi: 'Từ ngưỡng trở lên (bằng ngưỡng là đạt)', offVi: 'Phải trên ngưỡng (bằng ngưỡng là không đạt)' },
  'ttldtt.maxDisciplineForm': DISCIPLINE_MAX,
  'ttldxs.minLdttShare': { kind: 'number', unit: 'share', min: 0, max: 1 },
  'ttldxs.requireCstdcs': YES_NO,
  'ttldxs.noDisciplineRule': APPLY,
  'ttldxs.maxDisciplineForm': DISCIPLINE_MAX,
  initiativeYearWindow: {
    kind: 'choice',
    optionsVi: {
      SAME_YEAR: 'Công nhận, nghiệm thu trong năm xét',
      SAME_OR_PREVIOUS_YEAR: 'Trong năm xét hoặc năm trước',
      ANY_UNUSED: 'Bất kỳ năm nào đến năm xét, nếu chưa dùng để khen thưởng',
    },
  },
  'cstdcs.paths': {
    kind: 'cstdcsPaths',
    pathsVi: { ...CSTDCS_PATH_LABELS },
    combineVi: { ANY: 'Đạt một trong các căn cứ', HTXSNV_AND_ONE_OTHER: 'Hoàn thành xuất sắc nhiệm vụ và có thêm một căn cứ khác' },
  },
  'ldtt.minWorkedMonths': { kind: 'number', unit: 'months', min: 0, max: 12, integer: true, noneVi: 'Không quy định' },
  'ldtt.maxLeaveWorkingDays': { kind: 'number', unit: 'workingDays', min: 0, integer: true, noneVi: 'Không quy định' },
  'ldtt.maternityLeaveCountsAsWork': YES_NO,
  'ldtt.provinceExtraCriteria': { kind: 'criteria' },
  'cstdTinh.proposeInYearOfThird': {
    kind: 'switch',
    onVi: 'Chỉ đề nghị trong năm đạt lần thứ ba',
    offVi: 'Được đề nghị cả khi chuỗi đã kết thúc trước năm xét',
  },
  nextAwardWindowStart: {
    kind: 'choice',
    optionsVi: { AFTER_PREVIOUS_DECISION_YEAR: 'Chỉ tính các năm sau năm quyết định khen lần trước', ANY: 'Không giới hạn' },
  },
  consecutiveWindowMode: {
    kind: 'choice',
    optionsVi: {
      CALENDAR_UNBROKEN: 'Các năm liền nhau; năm không xếp loại làm đứt chuỗi',
      EXCUSED_YEARS_NEUTRAL: 'Năm không xếp loại vì lý do chính đáng không làm đứt chuỗi (và không được tính)',
    },
  },
  'bkTinh.criteria': {
    kind: 'multiChoice',
    min: 1,
    optionsVi: {
      a: 'Điểm a: thành tích xuất sắc được bình xét trong phong trào thi đua do tỉnh phát động',
      b: 'Điểm b: thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực do tỉnh quản lý',
      c: 'Điểm c: đóng góp lớn vào phát triển kinh tế - xã hội, ứng dụng khoa học công nghệ, xã hội, từ thiện',
      d: 'Điểm d: 02 lần liên tục Chiến sĩ thi đua cơ sở hoặc 02 năm liên tục Hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến hoặc 02 đề tài',
    },
  },
  'bkTinh.collectiveCriteria': { kind: 'criteria' },
  'bkTinh.allowMixedInitiativeAndSciWork': { kind: 'switch', onVi: 'Cho phép', offVi: 'Không cho phép' },
  'bkTtg.collectiveCriteria': { kind: 'criteria' },
  'giayKhen.criteria': { kind: 'criteria' },
  'coTdTinh.criteria': { kind: 'criteria' },
  'vote.threshold': { kind: 'perAward', of: 'share' },
  'vote.denominator': {
    kind: 'choice',
    optionsVi: { ALL_MEMBERS: 'Tổng số thành viên Hội đồng', PRESENT_MEMBERS: 'Số thành viên có mặt' },
  },
  'vote.quorum': { kind: 'number', unit: 'share', min: 0, max: 1 },
  'vote.secret': { kind: 'perAward', of: 'switch' },
  'eval.xsCapPct': { kind: 'number', unit: 'percent', min: 0, max: 100 },
  'eval.xsCapPctOutstandingUnit': { kind: 'number', unit: 'percent', min: 0, max: 100 },
  'eval.xsCapPctOutstandingUnitCongChuc': { kind: 'number', unit: 'percent', min: 0, max: 100, noneVi: 'Không nâng (dùng tỷ lệ chung)' },
  'disclosure.windowWorkingDays': { kind: 'number', unit: 'workingDays', min: 1, max: 60, integer: true },
  'eval.xsCapBase': {
    kind: 'choice',
    optionsVi: { GOOD_OR_BETTER: 'Số xếp loại từ Hoàn thành tốt nhiệm vụ trở lên', GOOD_ONLY: 'Chỉ số xếp loại Hoàn thành tốt nhiệm vụ' },
  },
};

/** Awards a per-award setting can name, in the catalogue's order. */
export const PER_AWARD_CODES: readonly EvaluableAward[] = EVALUABLE_AWARDS;

export function settingEditor(key: SettingKey): SettingEditor {
  return SETTING_EDITORS[key] as SettingEditor;
}

const EMPTY_LIST = 'Không có';

function formatNumber(e: NumberEditor, n: number): string {
  switch (e.unit) {
    case 'share':
      return formatPercentVi(n * 100);
    case 'percent':
      return formatPercentVi(n);
    default:
      return `${formatNumberVi(n)} ${NUMBER_UNIT_LABELS[e.unit]}`;
  }
}

/** A setting's value as a sentence: "Làm tròn xuống", "50 %", "Không quy định", "Không có". */
export function formatSettingValueVi(key: SettingKey, value: unknown): string {
  const e = settingEditor(key);
  switch (e.kind) {
    case 'switch':
      return value === true ? e.onVi : e.offVi;
    case 'choice':
      if (value === null || value === undefined) return e.noneVi ?? EMPTY_LIST;
      return (e.optionsVi as Record<string, string>)[String(value)] ?? String(value);
    case 'number':
      if (typeof value !== 'number') return e.noneVi ?? EMPTY_LIST;
      return formatNumber(e, value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}` : String(value ?? '');
    case 'quota': {
      const q = value as Quota | null;
      return q ? `Tối đa ${formatPercentVi(q.pct)} ${e.baseVi[q.base]}` : e.noneVi;
    }
    case 'multiChoice': {
      const list = (value as string[] | null) ?? [];
      return list.length ? list.map((v) => (e.optionsVi as Record<string, string>)[v]?.split(':')[0] ?? v).join(', ') : EMPTY_LIST;
    }
    case 'cstdcsPaths': {
      const p = value as CstdcsPaths;
      return `${e.combineVi[p.combine]}: ${p.allowed.map((a) => e.pathsVi[a].toLowerCase()).join('; ')}`;
    }
    case 'criteria': {
      const list = (value as AgencyCriterion[] | null) ?? [];
      return list.length ? list.map((c) => c.label).join('; ') : EMPTY_LIST;
    }
    case 'perAward': {
      const rec = (value ?? {}) as Partial<Record<EvaluableAward, boolean | number>>;
      const entries = PER_AWARD_CODES.filter((a) => rec[a] !== undefined);
      if (e.of === 'switch') {
        const on = entries.filter((a) => rec[a] === true);
        return on.length ? on.map((a) => AWARD_LABELS[a]).join(', ') : EMPTY_LIST;
      }
      return entries.length ? entries.map((a) => `${AWARD_LABELS[a]}: từ ${formatPercentVi((rec[a] as number) * 100)}`).join('; ') : EMPTY_LIST;
    }
  }
}
