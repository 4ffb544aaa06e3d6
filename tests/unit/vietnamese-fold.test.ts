import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../src/db/client';
import { foldVietnamese } from '../../src/domain/text/vietnamese';
import { createTestDatabase, databaseKinds } from '../support/databases';

const TRICKY_NAMES = [
  'Nguyễn Thị Ánh Tuyết',
  'ĐẶNG ĐỨC ĐẠT',
  'Đoàn Thị Điểm',
  'Ưng Hoàng Phúc',
  'Hứa Vĩ Văn',
  'Bế Văn Đàn',
  'Phạm Quỳnh Như',
  'Triệu Thị Ỷ',
  'ỲÝỶỸỴ ỳýỷỹỵ',
  'Ông Ích Khiêm',
  'Ơn Ưu Ăn Ấm Ê',
  'Lò Văn Giàng',
  'Nguyễn Hoà / Nguyễn Hòa',
  'Nguyễn Văn Đạt'.normalize('NFD'),
  'Lương Thị Thu Hà'.normalize('NFD'),
  'CB00012 Hoàng  Thị  Nở',
];

describe('foldVietnamese', () => {
  it('drops tones and letter marks, maps đ to d and lower-cases: "Nguyễn Văn Đạt" → "nguyen van dat"', () => {
    expect(foldVietnamese('Nguyễn Văn Đạt')).toBe('nguyen van dat');
    expect(foldVietnamese('ĐẶNG ƯỚC ẤM')).toBe('dang uoc am');
  });
});

describe.each(databaseKinds)('foldVietnamese matches the database function vd_fold on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it.each(TRICKY_NAMES)('folds "%s" the same way in code and in SQL', async (name) => {
    const [row] = rowsOf<{ folded: string }>(await database.db.execute(sql`SELECT vd_fold(${name}) AS folded`));
    expect(foldVietnamese(name)).toBe(row!.folded);
  });
});
