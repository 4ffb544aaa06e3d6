import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Db } from '../db/client';
import { agencies, userRoles, users } from '../db/schema';
import type { AppConfig } from './config';
import { hashPassword } from './services/passwords';
import { seedDemo, DEMO_PASSWORD } from './demo/seed';

export interface BootstrapResult {
  demoAccounts: { username: string; label: string }[];
  demoPassword?: string;
  adminPassword?: string;
}

/**
 * On an empty database: in demo mode, seed the fictional department with one account per role;
 * in production mode, create only the agency and an admin whose random password must be changed.
 */
export async function bootstrapIfEmpty(db: Db, config: AppConfig): Promise<BootstrapResult> {
  const [row] = await db.select({ n: count() }).from(agencies);
  if ((row?.n ?? 0) > 0) {
    if (config.mode === 'demo') {
      const demo = await db.select({ username: users.username, displayName: users.displayName }).from(users);
      return { demoAccounts: demo.filter((u) => u.username.startsWith('demo.')).map((u) => ({ username: u.username, label: u.displayName })), demoPassword: DEMO_PASSWORD };
    }
    return { demoAccounts: [] };
  }
  if (config.mode === 'demo') {
    const accounts = await seedDemo(db);
    return { demoAccounts: accounts, demoPassword: DEMO_PASSWORD };
  }
  const adminPassword = process.env.VD_ADMIN_PASSWORD || randomBytes(9).toString('base64url');
  await db.transaction(async (tx) => {
    const [agency] = await tx
      .insert(agencies)
      .values({ code: process.env.VD_AGENCY_CODE ?? 'AGENCY', name: process.env.VD_AGENCY_NAME ?? 'Cơ quan', superiorBody: process.env.VD_SUPERIOR_BODY ?? null, placeName: process.env.VD_PLACE_NAME ?? null })
      .returning();
    const [admin] = await tx
      .insert(users)
      .values({ agencyId: agency!.id, username: 'admin', displayName: 'Quản trị hệ thống', passwordHash: await hashPassword(adminPassword), mustChangePassword: true })
      .returning();
    await tx.insert(userRoles).values({ userId: admin!.id, role: 'admin', unitId: null });
  });
  return { demoAccounts: [], adminPassword: process.env.VD_ADMIN_PASSWORD ? '(mật khẩu trong VD_ADMIN_PASSWORD)' : adminPassword };
}
