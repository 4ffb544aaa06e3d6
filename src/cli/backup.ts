/**
 * `npm run backup -- FILE`: writes the whole database, stored files included (they are rows of the
 * database), to FILE: one gzip'd logical format for PGlite and PostgreSQL (src/db/backup.ts). Opens
 * the database the way the server does (DATABASE_URL, otherwise the PGlite folder VD_DATA_DIR).
 * PostgreSQL: safe while the server runs (one consistent snapshot). PGlite: stop the server first
 * (one data folder is opened by one process at a time).
 * Exit code: 0 done, 2 failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { backupDatabase } from '../db/backup';
import { loadConfig } from '../server/config';

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 2 })} MB`;

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (!file) {
    console.error('Cách dùng: npm run backup -- TỆP   (ví dụ: npm run backup -- /var/backups/vinhdanh/2026-12-03.vdbak)');
    return 2;
  }
  const config = loadConfig();
  if (!config.databaseUrl && !fs.existsSync(config.dataDir)) {
    console.error(`Không tìm thấy thư mục dữ liệu PGlite: ${config.dataDir} (đặt VD_DATA_DIR hoặc DATABASE_URL).`);
    return 2;
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // A backup must not change the schema it copies.
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, migrate: false });
  try {
    const where = database.kind === 'postgresql' ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${config.dataDir})`;
    const s = await backupDatabase(database, path.resolve(file));
    const rows = Object.values(s.counts).reduce((a, b) => a + b, 0);
    console.log(`Đã sao lưu ${where} vào ${s.file}: ${rows.toLocaleString('vi-VN')} dòng trong ${Object.keys(s.counts).length} bảng, ` +
      `${(s.counts.files ?? 0).toLocaleString('vi-VN')} tệp đính kèm (${(s.counts.file_blobs ?? 0).toLocaleString('vi-VN')} nội dung khác nhau), ` +
      `${(s.counts.audit_log ?? 0).toLocaleString('vi-VN')} mục nhật ký; tệp sao lưu ${mb(s.bytes)}, mất ${(s.milliseconds / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây.`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Không sao lưu được: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
