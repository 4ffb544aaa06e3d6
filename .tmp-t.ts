import { openDatabase } from '/work/main/src/db/client';
import { sql } from 'drizzle-orm';
const t0 = Date.now();
const d = await openDatabase({});
console.log('open+migrate', Date.now() - t0);
const r = await d.db.execute(sql`select vd_fold('Nguyễn Văn Đạt') as f`);
console.log(r.rows);
await d.close();
if (process.env.PGURL) { const p = await openDatabase({ url: process.env.PGURL }); console.log((await p.db.execute(sql`select vd_fold('ĐẶNG Thị Ánh') as f`)).rows); await p.close(); }
