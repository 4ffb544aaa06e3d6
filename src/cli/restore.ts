/**
 * `npm run restore -- FILE [--force]`: loads a backup made by `npm run backup` into the database the
 * server would open (DATABASE_URL, otherwise the PGlite folder VD_DATA_DIR; a new folder or an empty
 * PostgreSQL database is prepared first). Refuses a database that already holds data unless --force
 * (which replaces ALL its data). One transaction: a damaged file changes nothing. Afterwards the
 * audit chain is verified. Stop the server first.
 * A backup of PGlite restores into PostgreSQL and back: the way to move an agency to PostgreSQL.
 * Exit code: 0 restored (chain intact), 1 restored but the chain does not verify, 2 nothing restored.
 */
import path from 'node:path';
import { openDatabase } from '../db/client';
import { BackupError, restoreDatabase } from '../db/backup';
import { verifyAuditLog } from '../db/audit-log';
import { loadConfig } from '../server/config';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    console.error('Cách dùng: npm run restore -- TỆP [--force]   (--force: thay toàn bộ dữ liệu đang có bằng bản sao lưu)');
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    const where = database.kind === 'postgresql' ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${config.dataDir})`;
    const s = await restoreDatabase(database, path.resolve(file), { force });
    const rows = Object.values(s.counts).reduce((a, b) => a + b, 0);
    console.log(`${s.replaced ? 'Đã thay toàn bộ dữ liệu cũ và khôi phục' : 'Đã khôi phục'} vào ${where} từ ${path.resolve(file)} ` +
      `(bản sao lưu ${s.source === 'postgresql' ? 'PostgreSQL' : 'PGlite'} lúc ${new Date(s.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}): ` +
      `${rows.toLocaleString('vi-VN')} dòng trong ${Object.keys(s.counts).length} bảng, ${(s.counts.files ?? 0).toLocaleString('vi-VN')} tệp đính kèm, ` +
      `mất ${(s.milliseconds / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây. Mọi người cần đăng nhập lại.`);
    const audit = await verifyAuditLog(database.db);
    if (audit.ok) {
      console.log(`Nhật ký toàn vẹn: ${audit.checked.toLocaleString('vi-VN')} mục đã kiểm tra.`);
      return 0;
    }
    console.log(`CẢNH BÁO: nhật ký KHÔNG toàn vẹn sau khi khôi phục: ${audit.problems.length} vấn đề.`);
    for (const p of audit.problems.slice(0, 20)) console.log(`  - ${p.message}`);
    return 1;
  } catch (err) {
    if (err instanceof BackupError) {
      console.error(`Không khôi phục: ${err.message}`);
      return 2;
    }
    throw err;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Không khôi phục được (cơ sở dữ liệu không thay đổi): ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
