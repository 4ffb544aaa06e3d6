import { describe, expect, it } from 'vitest';
import { splitFullName, vietnameseCollator, vietnameseNameSortKey } from '../../src/domain/text/vietnamese';

/** A name as họ, chữ đệm, tên; "Nguyễn Văn An" → ['Nguyễn', 'Văn', 'An']. */
const parts = (full: string) => {
  const { familyName, middleName, givenName } = splitFullName(full);
  return [familyName, middleName, givenName] as const;
};
const keyOf = (full: string) => vietnameseNameSortKey(...parts(full));
/** Orders full names the way the database does: by the sort key, compared byte by byte (COLLATE "C"). */
const byKey = (names: string[]) => [...names].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));

/**
 * The reference: tên first, then họ and chữ đệm, each compared with ICU's Vietnamese collation
 * (Node ships full ICU; CLDR "vi" orders a < ă < â, d < đ and the tones ngang < huyền < hỏi < ngã <
 * sắc < nặng, as Vietnamese dictionaries do).
 */
const vi = new Intl.Collator('vi');
const byReference = (names: string[]) =>
  [...names].sort((a, b) => {
    const [fa, ma, ga] = parts(a);
    const [fb, mb, gb] = parts(b);
    return vi.compare(ga, gb) || vi.compare(`${fa} ${ma}`.trim(), `${fb} ${mb}`.trim());
  });

describe('Vietnamese name order (sort key)', () => {
  it('orders the letters of the Vietnamese alphabet: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư', () => {
    const given = ['Ư', 'U', 'Ơ', 'Ô', 'O', 'Ê', 'E', 'Đ', 'D', 'Â', 'Ă', 'A', 'B'].map((g) => `Lê ${g}`);
    expect(byKey(given).map((n) => parts(n)[2])).toEqual(['A', 'Ă', 'Â', 'B', 'D', 'Đ', 'E', 'Ê', 'O', 'Ô', 'Ơ', 'U', 'Ư']);
  });

  it('orders the tones ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    const given = ['Mạ', 'Má', 'Mã', 'Mả', 'Mà', 'Ma'];
    expect(byKey(given.map((g) => `Lê ${g}`)).map((n) => parts(n)[2])).toEqual(['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ']);
  });

  it('compares the letters of the whole word before its tones: An < Anh < Ánh < Ăn', () => {
    const given = ['Ăn', 'Ánh', 'Anh', 'An'];
    expect(byKey(given.map((g) => `Lê ${g}`)).map((n) => parts(n)[2])).toEqual(['An', 'Anh', 'Ánh', 'Ăn']);
  });

  it('sorts by tên first, then by họ and chữ đệm', () => {
    expect(byKey(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn Bình', 'Đặng Thị Đào', 'Lê Văn Dũng'])).toEqual([
      'Trần Thị An',
      'Lê Văn Bình',
      'Nguyễn Văn Bình',
      'Lê Văn Dũng',
      'Đặng Thị Đào',
    ]);
  });

  it('puts a shorter họ before a longer one that starts with it: Lê Hoa before Lê Văn Hoa', () => {
    expect(byKey(['Lê Văn Hoa', 'Lê Hoa', 'Lê Thị Hoa'])).toEqual(['Lê Hoa', 'Lê Thị Hoa', 'Lê Văn Hoa']);
  });

  it('ignores letter case and Unicode normalisation (a name pasted in decomposed form sorts the same)', () => {
    expect(vietnameseNameSortKey('NGUYỄN', 'VĂN', 'ĐẠT')).toBe(vietnameseNameSortKey('Nguyễn', 'Văn', 'Đạt'));
    expect(vietnameseNameSortKey('Nguyễn'.normalize('NFD'), 'Thị'.normalize('NFD'), 'Ánh'.normalize('NFD'))).toBe(
      vietnameseNameSortKey('Nguyễn', 'Thị', 'Ánh'),
    );
  });

  it('agrees with the Vietnamese collation on a mixed list of real names', () => {
    const names = [
      'Nguyễn Văn An', 'Trần Thị Ánh', 'Phạm Văn Anh', 'Lê Thị Ân', 'Hoàng Văn Ăn', 'Vũ Thị Bích', 'Đỗ Văn Dũng',
      'Đặng Thị Đào', 'Bùi Văn Đạt', 'Lý Thị Dung', 'Ngô Văn Hà', 'Nguyễn Thị Hà', 'Nguyễn Thị Hạ', 'Lê Văn Hả',
      'Trần Văn Hải', 'Phạm Thị Hòa', 'Hoàng Minh Hoà', 'Vi Văn Ơn', 'Lương Thị Ôn', 'Nông Văn On', 'Ma Thị Ư',
      'Hà Văn Uyên', 'Triệu Thị Ưng', 'Nguyễn Hữu Tuấn', 'Nguyễn Hứa Tuấn', 'Nguyễn Tuấn', 'Chu Thị Yến', 'Mai Ý',
      'Lã Văn Giang', 'La Văn Giang', 'Lạc Văn Giang',
    ];
    expect(byKey(names)).toEqual(byReference(names));
  });
});

describe('vietnameseCollator (in-memory sorting)', () => {
  it('tells tones apart, so names that differ only by tone have a definite order', () => {
    expect(['Ánh', 'Anh', 'Ảnh'].sort(vietnameseCollator.compare)).toEqual(['Anh', 'Ảnh', 'Ánh']);
    expect(vietnameseCollator.compare('Hà', 'Hạ')).toBeLessThan(0);
  });

  it('puts đ after d and numbers in numeric order', () => {
    expect(['Đội 10', 'Đội 2', 'Dự án'].sort(vietnameseCollator.compare)).toEqual(['Dự án', 'Đội 2', 'Đội 10']);
  });
});

describe('splitFullName', () => {
  it.each([
    ['Nguyễn Văn An', { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'An' }],
    ['Nguyễn Thị Minh Khai', { familyName: 'Nguyễn', middleName: 'Thị Minh', givenName: 'Khai' }],
    ['Lê An', { familyName: 'Lê', middleName: '', givenName: 'An' }],
    ['  Trần   Thị   Ánh  ', { familyName: 'Trần', middleName: 'Thị', givenName: 'Ánh' }],
    ['Hùng', { familyName: '', middleName: '', givenName: 'Hùng' }],
    ['', { familyName: '', middleName: '', givenName: '' }],
  ])('splits "%s" into họ, chữ đệm and tên', (full, expected) => {
    expect(splitFullName(full)).toEqual(expected);
  });
});
