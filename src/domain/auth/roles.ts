/** Roles of VinhDanh users. Unit-scoped roles act on their unit and its sub-units only. */
export const ROLES = ['admin', 'office', 'director', 'unit_head', 'focal_point', 'council_member', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_SCOPED_ROLES: readonly Role[] = ['unit_head', 'focal_point'];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Agency administrator' },
  office: { vi: 'Cán bộ TĐKT (Văn phòng)', en: 'TĐKT office officer' },
  director: { vi: 'Giám đốc', en: 'Director' },
  unit_head: { vi: 'Thủ trưởng đơn vị', en: 'Unit head' },
  focal_point: { vi: 'Đầu mối TĐKT đơn vị', en: 'Unit TĐKT focal point' },
  council_member: { vi: 'Thành viên Hội đồng TĐKT', en: 'Council member' },
  staff: { vi: 'Cán bộ, công chức, viên chức, người lao động', en: 'Staff member' },
};

export interface RoleGrant {
  role: Role;
  /** For unit-scoped roles: the unit whose subtree the grant covers. */
  unitId: string | null;
}

/** Who is acting: a signed-in user (never the public, which is represented by `null`). */
export interface Actor {
  userId: string;
  agencyId: string;
  personId: string | null;
  displayName: string;
  grants: RoleGrant[];
  /** Set after an admin reset (or for a new account): only changing the password is allowed. */
  mustChangePassword?: boolean;
}

export function hasRole(actor: Actor | null, ...roles: Role[]): boolean {
  return !!actor && actor.grants.some((g) => roles.includes(g.role));
}
