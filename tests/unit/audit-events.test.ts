import { describe, expect, it } from 'vitest';
import { AUDIT_EVENT_NAMES, AUDIT_EVENTS, AuditPayloadError, auditColumns, auditEventSchema, type AuditEvent } from '../../src/domain/audit/events';
import { recordLabel } from '../../src/domain/audit/labels';
import { AUDIT_ACTIONS_VI, AUDIT_ENTITIES_VI } from '../../src/web/i18n/audit-vi';
import { AUDIT_ACTIONS_EN, AUDIT_ENTITIES_EN } from '../../src/web/i18n/audit-en';

describe('audit events', () => {
  it('a plain record edit keeps the whole rows before and after', () => {
    const before = { id: 'r1', level: 'HTTNV', year: 2024 };
    const after = { id: 'r1', level: 'HTXSNV', year: 2024 };
    expect(auditColumns('rating.updated', { before, after })).toEqual({ entity: 'rating', before, after });
  });

  it('a fact keeps only what its schema names: an account entry never carries a password hash', () => {
    const data = { username: 'an.nv', displayName: 'Nguyễn Văn An', roles: [{ role: 'staff' }], passwordHash: '$argon2id$…' };
    const cols = auditColumns('user.created', data as never);
    expect(cols.before).toBeUndefined();
    expect(cols.after).toEqual({ username: 'an.nv', displayName: 'Nguyễn Văn An', roles: [{ role: 'staff' }] });
    expect(JSON.stringify(cols)).not.toContain('argon2');
  });

  it('refuses a payload of the wrong shape, naming the event and the field', () => {
    expect(() => auditColumns('user.locked', { ip: '1.2.3.4' } as never)).toThrow(AuditPayloadError);
    expect(() => auditColumns('user.locked', { ip: '1.2.3.4' } as never)).toThrow(/user\.locked.*lockedUntil/);
    expect(() => auditColumns('person.imported', { fileName: 'a.xlsx', created: 'năm' } as never)).toThrow(/created/);
    // A record edit carries rows, nothing else.
    expect(() => auditColumns('person.updated', { before: {}, after: {}, note: 'x' } as never)).toThrow(AuditPayloadError);
  });

  it('refuses an event that is not declared', () => {
    expect(() => auditColumns('person.viewed' as AuditEvent, {} as never)).toThrow(/chưa được khai báo/);
  });

  it('parses a stored entry by its event name (discriminated union)', () => {
    expect(auditEventSchema.safeParse({ event: 'user.password_reset', data: {} }).success).toBe(true);
    expect(auditEventSchema.safeParse({ event: 'user.locked', data: {} }).success).toBe(false);
    expect(auditEventSchema.safeParse({ event: 'no.such', data: {} }).success).toBe(false);
  });

  it('every event and every entity has a Vietnamese and an English label', () => {
    for (const e of AUDIT_EVENT_NAMES) {
      expect(AUDIT_ACTIONS_VI[e], e).toBeTruthy();
      expect(AUDIT_ACTIONS_EN[e], e).toBeTruthy();
      const entity = AUDIT_EVENTS[e].entity;
      expect(AUDIT_ENTITIES_VI[entity], entity).toBeTruthy();
      expect(AUDIT_ENTITIES_EN[entity], entity).toBeTruthy();
    }
  });
});

describe('audit subject labels', () => {
  it('names people, units and records the way an officer would', () => {
    expect(recordLabel('person', { fullName: 'Nguyễn Văn An' })).toBe('Nguyễn Văn An');
    expect(recordLabel('unit', { name: 'Phòng Quản lý khoa học' })).toBe('Phòng Quản lý khoa học');
    expect(recordLabel('rating', { year: 2024, personId: 'p' }, { person: 'Nguyễn Văn An' })).toBe('Xếp loại 2024 — Nguyễn Văn An');
    expect(recordLabel('award', { awardCode: 'LDTT', year: 2025 }, { person: 'Trần Thị Bình' })).toMatch(/^Lao động tiên tiến 2025 — Trần Thị Bình$/);
    expect(recordLabel('discipline', { form: 'KHIEN_TRACH' }, { person: 'Lê Văn Cường' })).toBe('Kỷ luật (khiển trách) — Lê Văn Cường');
    expect(recordLabel('initiative', { title: 'Số hóa hồ sơ' })).toBe('Sáng kiến «Số hóa hồ sơ»');
    expect(recordLabel('user', { displayName: 'Nguyễn Thị Hoa', username: 'hoa.nt' })).toBe('Nguyễn Thị Hoa (hoa.nt)');
  });

  it('says nothing rather than something wrong when the row names nothing', () => {
    expect(recordLabel('person', {})).toBeUndefined();
    expect(recordLabel('rating', undefined)).toBeUndefined();
  });
});
