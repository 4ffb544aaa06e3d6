import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, type CliIo } from '../../../src/cli/check';
import { evaluate, settingsFromOverrides } from '../../../src/domain/eligibility';
import { caseFor, line, person, rating } from './factory';

function run(files: Record<string, string>, args = ['case.json']) {
  let out = '';
  let err = '';
  const io: CliIo = { readFile: (p) => files[p]!, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  return { code: runCheck(args, io), out, err };
}

const ldtt = (flags: Record<string, unknown>) =>
  JSON.stringify({ award: 'LDTT', year: 2025, subject: { kind: 'individual', id: 'p1', staffCategory: 'CONG_CHUC', ratings: [{ year: 2025, level: 'HTTNV' }], flags } });

describe('the check CLI refuses what it does not understand', () => {
  it('refuses an unknown key in flags.answers like an unknown flag, naming the key', () => {
    const r = run({ 'case.json': ldtt({ answers: { 'BK_TINH.z': true } }) });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('subject.flags.answers: tiêu chí không được hỗ trợ: "BK_TINH.z"');
  });

  it('accepts the answers the engine asks for', () => {
    const r = run({ 'case.json': ldtt({ answers: { 'BK_TINH.a': true } }) });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('names the field, not the field name as if it were the bad value', () => {
    const r = run({ 'case.json': JSON.stringify({ award: 'LDTT', year: 2025, subject: { kind: 'nhom', id: 'x' } }) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('subject.kind: giá trị không hợp lệ; cho phép: individual, collective');
    expect(r.err).not.toContain('"kind"');
  });

  it('prints only JSON on stdout when run through bin/vinhdanh-check', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vd-check-'));
    const file = path.join(dir, 'case.json');
    writeFileSync(file, ldtt({}));
    const res = spawnSync('bin/vinhdanh-check', [file], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ award: { code: 'LDTT' }, year: 2025 });
  });
});

describe('lines the engine writes', () => {
  const maternity = (dossierDate: string) =>
    evaluate(
      caseFor('LDTT', 2025, person({ ratings: [rating(2025, 'HTTNV')], flags: { leaveWorkingDays: 45, maternityLeaveWorkingDays: 30 } }), { dossierDate }),
      settingsFromOverrides({ 'ldtt.maxLeaveWorkingDays': 40 }),
    );

  it('the leave line that leaves maternity leave out cites the Law and the decree article', () => {
    const before = line(maternity('2025-03-01'), 'LDTT.leave_days');
    expect(before.result).toBe('pass');
    expect(before.citation).toMatch(/Điều 24/);
    expect(before.citation).toMatch(/Điều 4.*98\/2023|98\/2023.*Điều 4/);
    const after = line(maternity('2026-01-15'), 'LDTT.leave_days');
    expect(after.citation).toMatch(/152\/2025/);
  });

  it('a title for a year not yet over is not plainly eligible: a line and a note say the year is not over', () => {
    const v = evaluate(caseFor('LDTT', 2026, person({ ratings: [rating(2026, 'HTTNV')] }), { asOf: '2026-09-01' }));
    const notOver = line(v, 'YEAR.not_over');
    expect(notOver).toMatchObject({ kind: 'warning', result: 'fail', label: 'Năm 2026 chưa kết thúc: kết quả chỉ là dự kiến' });
    expect(notOver.detail).toContain('01/09/2026');
    expect(v.notes.join(' ')).toContain('chưa kết thúc');
    const yearEnd = evaluate(caseFor('LDTT', 2026, person({ ratings: [rating(2026, 'HTTNV')] }), { asOf: '2026-12-31' }));
    expect(yearEnd.criteria.some((c) => c.id === 'YEAR.not_over')).toBe(false);
  });
});
