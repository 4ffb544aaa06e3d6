/**
 * `npm run audit:verify`: re-computes the audit log's hash chain and says, in Vietnamese, whether it
 * is intact. Opens the database the way the server does (DATABASE_URL, otherwise the PGlite folder
 * VD_DATA_DIR). Exit code: 0 intact, 1 tampered, 2 could not check.
 * With PGlite, stop the server first: one data folder is opened by one process at a time.
 */
import fs from 'node:fs';
import { openDatabase } from '../db/client';
import { verifyAuditLog } from '../db/audit-log';
import { loadConfig } from '../server/config';

const EXIT_INTACT = 0;
const EXIT_TAMPERED = 1;
const EXIT_ERROR = 2;

async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.databaseUrl && !fs.existsSync(config.dataDir)) {
    console.error(`Không tìm thấy thư mục dữ liệu PGlite: ${config.dataDir} (đặt VD_DATA_DIR hoặc DATABASE_URL).`);
    return EXIT_ERROR;
  }
  // A checking tool must not change the schema it checks.
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, migrate: false });
  try {
    const where = database.kind === 'postgresql' ? 'PostgreSQL (DATABASE_URL)' : `PGlite (${config.dataDir})`;
    const result = await verifyAuditLog(database.db);
    if (result.ok) {
      console.log(`Nhật ký toàn vẹn: ${result.checked} mục đã kiểm tra (${where}).`);
      return EXIT_INTACT;
    }
    console.log(`Nhật ký KHÔNG toàn vẹn: ${result.problems.length} vấn đề trong ${result.checked} mục đã kiểm tra (${where}):`);
    for (const p of result.problems) console.log(`  - ${p.message}`);
    return EXIT_TAMPERED;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Không kiểm tra được nhật ký: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(EXIT_ERROR);
  },
);
