import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCheck, type CliIo } from '../../../src/cli/check';

function run(args: string[], files: Record<string, string> = {}): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    readFile: (p) => {
      if (p in files) return files[p]!;
      return readFileSync(p, 'utf8');
    },
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
  };
  return { code: runCheck(args, io), out, err };
}

const EXAMPLES = readdirSync('docs/examples').filter((f) => f.endsWith('.json') && !f.endsWith('.out.json') && !f.endsWith('.settings.json'));

describe('npm run check', () => {
  it('there are at least three worked examples', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
  });

  for (const f of EXAMPLES) {
    it(`docs/examples/${f} prints the output stored beside it`, () => {
      const base = `docs/examples/${f.replace(/\.json$/, '')}`;
      const args = [`docs/examples/${f}`];
      if (existsSync(`${base}.settings.json`)) args.push('--settings', `${base}.settings.json`);
      const r = run(args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toBe(readFileSync(`${base}.out.json`, 'utf8'));
    });
  }

  it('bad input exits with code 2 and a Vietnamese message naming the field', () => {
    const r = run(['case.json'], { 'case.json': JSON.stringify({ award: 'LDTT', year: 2025, subject: { kind: 'individual', id: 'x', staffCategory: 'CONG_CHUC', ratings: [{ year: 2025, level: 'TOT' }] } }) });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('Hồ sơ không hợp lệ');
    expect(r.err).toContain('subject.ratings[0].level: giá trị không hợp lệ');
  });

  it('a file that is not JSON exits with code 2', () => {
    const r = run(['case.json'], { 'case.json': '{ award: ' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('không phải JSON hợp lệ');
  });

  it('a missing file exits with code 2', () => {
    const r = run(['/nonexistent/case.json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không đọc được tệp hồ sơ');
  });

  it('an invalid settings file exits with code 2 naming the key', () => {
    const r = run(['docs/examples/cstdcs-initiative.json', '--settings', 's.json'], { 's.json': JSON.stringify({ roundingMode: 'SIDEWAYS' }) });
    expect(r.code).toBe(2);
    expect(r.err).toContain('"roundingMode"');
  });

  it('a partial settings object changes the verdict', () => {
    const r = run(['docs/examples/ttldtt-at-threshold.json', '--settings', 's.json'], { 's.json': JSON.stringify({ 'ttldtt.minLdttShareInclusive': true }) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).status).toBe('eligible');
  });

  it('no argument prints the usage and exits with code 2', () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Cách dùng');
  });

  it('--schema prints the JSON Schemas', () => {
    const r = run(['--schema']);
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.out))).toEqual(['input', 'output', 'settings']);
  });

  it('runs as a real process through tsx', () => {
    const p = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', 'docs/examples/bk-ttg-irregular-prerequisite.json'], { encoding: 'utf8' });
    expect(p.status).toBe(0);
    expect(p.stdout).toBe(readFileSync('docs/examples/bk-ttg-irregular-prerequisite.out.json', 'utf8'));
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/check.ts', 'package.json'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Hồ sơ không hợp lệ');
  });
});
