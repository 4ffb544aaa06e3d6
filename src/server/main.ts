import { DatabaseOpenError, openDatabase } from '../db/client';
import { loadConfig, productionStartRefusal } from './config';
import { buildApp } from './app';
import { bootstrapIfEmpty } from './bootstrap';

const started = Date.now();
const refusal = productionStartRefusal();
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }).catch((err: unknown) => {
  // A folder in use by another process, or damaged: the message says what to do.
  if (err instanceof DatabaseOpenError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
});
const bootstrap = await bootstrapIfEmpty(database.db, config);
const app = await buildApp({ database, config });
await app.listen({ port: config.port, host: config.host });

const url = `http://localhost:${config.port}`;
const lines = [
  '',
  `VinhDanh đang chạy tại ${url}  (API: ${url}/api/docs)`,
  `Cơ sở dữ liệu: ${database.kind === 'pglite' ? `PGlite nhúng (${config.dataDir})` : 'PostgreSQL (DATABASE_URL)'} · chế độ: ${config.mode === 'demo' ? 'trình diễn' : 'vận hành'}`,
  `Khởi động trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
];
if (bootstrap.demoAccounts.length) {
  lines.push('', 'Tài khoản trình diễn (mật khẩu chung: ' + bootstrap.demoPassword + '):');
  for (const a of bootstrap.demoAccounts) lines.push(`  ${a.username.padEnd(18)} ${a.label}`);
}
if (bootstrap.adminPassword) {
  lines.push('', `Tài khoản quản trị ban đầu: admin / ${bootstrap.adminPassword}  (phải đổi mật khẩu khi đăng nhập lần đầu)`);
}
console.log(lines.join('\n'));

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
