/** Seeded randomness and Vietnamese name pools for the demo dataset (same data on every start). */
import type { Gender } from '../../domain/org/codes';

export const DEMO_SEED = 20250705;

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: tiny, fast and good enough for fictional data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) if ((r -= w) < 0) return item;
      return items[items.length - 1]![0];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
  return rng;
}

// Lạng Sơn: many Tày and Nùng families (Hoàng, Vi, Lương, Nông, Triệu, Lăng, Lộc, Mông, Bế, Hứa…).
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 12], ['Hoàng', 10], ['Nông', 6], ['Vi', 6], ['Lương', 5], ['Trần', 5], ['Hà', 4], ['Triệu', 4],
  ['Lê', 4], ['Lăng', 3], ['Chu', 3], ['Đặng', 3], ['Lộc', 3], ['Dương', 3], ['Phạm', 3], ['Mông', 2],
  ['Bế', 2], ['Hứa', 2], ['Lý', 2], ['Đinh', 2], ['Tô', 2], ['Ngô', 2], ['Vũ', 2], ['Đoàn', 1], ['Lã', 1], ['Đàm', 1],
];

const MIDDLE_NAMES: Record<Gender, readonly (readonly [string, number])[]> = {
  male: [
    ['Văn', 12], ['Đức', 4], ['Minh', 3], ['Quang', 3], ['Mạnh', 2], ['Hữu', 2], ['Thế', 2], ['Xuân', 2],
    ['Tiến', 2], ['Trọng', 2], ['Công', 2], ['Ngọc', 1], ['Việt', 1], ['Huy', 1], ['Khắc', 1], ['Đình', 1],
  ],
  female: [
    ['Thị', 12], ['Thị Thu', 2], ['Thị Hồng', 2], ['Thị Thanh', 2], ['Thu', 2], ['Hồng', 2], ['Thị Minh', 1],
    ['Thị Kim', 1], ['Thị Ngọc', 1], ['Thị Mỹ', 1], ['Bích', 1], ['Ngọc', 1], ['Phương', 1], ['Thùy', 1], ['Diệu', 1], ['Hải', 1],
  ],
};

// Tên with every tone (ngang, huyền, hỏi, ngã, sắc, nặng) and letter (ă â đ ê ô ơ ư).
const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  male: [
    'An', 'Bằng', 'Bảo', 'Bình', 'Chiến', 'Công', 'Cường', 'Dũng', 'Duy', 'Dương', 'Đạt', 'Định', 'Đông', 'Đức',
    'Giang', 'Hải', 'Hào', 'Hiển', 'Hiếu', 'Hoàn', 'Hoàng', 'Hùng', 'Huy', 'Hưng', 'Khải', 'Khánh', 'Kiên', 'Kỳ',
    'Lâm', 'Lĩnh', 'Lộc', 'Long', 'Luận', 'Mạnh', 'Mẫn', 'Nam', 'Nghĩa', 'Ngọc', 'Phong', 'Phúc', 'Quân', 'Quảng',
    'Sơn', 'Sỹ', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Thuận', 'Thụy', 'Tiến', 'Toản', 'Trọng', 'Trung', 'Tuấn',
    'Tùng', 'Việt', 'Vinh', 'Vũ', 'Vỹ', 'Chính', 'Dĩnh', 'Hưởng', 'Ước',
  ],
  female: [
    'Ánh', 'Chi', 'Cúc', 'Diệp', 'Dung', 'Đào', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huế', 'Huyền',
    'Hương', 'Hường', 'Khánh', 'Lan', 'Liên', 'Linh', 'Loan', 'Lụa', 'Mai', 'Mến', 'Mỹ', 'Mỵ', 'Nga', 'Ngân',
    'Ngọc', 'Nguyệt', 'Nhàn', 'Nhung', 'Oanh', 'Phượng', 'Quỳnh', 'Sen', 'Thảo', 'Thắm', 'Thơm', 'Thủy', 'Thùy',
    'Thư', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Xuân', 'Yến', 'Ẩn', 'Ngần',
  ],
};

export interface PersonName {
  familyName: string;
  middleName: string;
  givenName: string;
}

export const fullNameOf = (n: PersonName) => [n.familyName, n.middleName, n.givenName].filter(Boolean).join(' ');

/** Draws names never used before (featured names are registered in `taken` up front). */
export function createNameDrawer(rng: Rng, taken: Set<string>) {
  return (gender: Gender): PersonName => {
    for (;;) {
      const name = {
        familyName: rng.weighted(FAMILY_NAMES),
        middleName: rng.weighted(MIDDLE_NAMES[gender]),
        givenName: rng.pick(GIVEN_NAMES[gender]),
      };
      const full = fullNameOf(name);
      if (taken.has(full)) continue;
      taken.add(full);
      return name;
    }
  };
}
