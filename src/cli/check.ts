/**
 * Eligibility check from the command line.
 *   npm run check -- case.json [--settings settings.json]
 *   npm run check -- --schema            (JSON Schemas of input, output and settings)
 * Input: one case or an array of cases (docs/eligibility-check.md). Prints the verdict(s) as JSON.
 * Exit codes: 0 ok, 2 bad input (Vietnamese message naming the field), 1 unexpected error.
 * Stdout carries only the JSON (messages go to stderr). `npm run check` makes npm print its own
 * "> vinhdanh check" banner on stdout first: for output to parse, run `./bin/vinhdanh-check …`
 * (or `npm run -s check -- …`).
 */
import { readFileSync } from 'node:fs';
import '../shared/zod-vi'; // the messages a user of the CLI reads are Vietnamese too
import { pathToFileURL } from 'node:url';
import {
  buildJsonSchemas,
  evaluate,
  parseEligibilityRequest,
  resolveSettings,
  settingsFromOverrides,
  SettingsError,
  type AgencySettings,
  type EligibilityCase,
  type SettingEntry,
  unknownAnswerErrors,
} from '../domain/eligibility';

export interface CliIo {
  readFile: (path: string) => string;
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = 'Cách dùng: ./bin/vinhdanh-check <hồ-sơ.json> [--settings <thiết-lập.json>] | --schema  (hoặc npm run -s check -- …)';

function readJson(io: CliIo, path: string, what: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    return { ok: false, error: `Không đọc được tệp ${what} "${path}".` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: `Tệp ${what} "${path}" không phải JSON hợp lệ: ${(e as Error).message}` };
  }
}

function referenceDate(c: EligibilityCase): string {
  return c.dossierDate ?? c.asOf ?? `${c.year}-12-31`;
}

/** Settings file: a partial settings object, or dated entries resolved at each case's reference date. */
function settingsFor(raw: unknown): (c: EligibilityCase) => AgencySettings {
  if (raw === undefined) return () => settingsFromOverrides({});
  if (Array.isArray(raw)) {
    const entries = raw as SettingEntry[];
    for (const [i, e] of entries.entries()) {
      if (typeof e !== 'object' || e === null || typeof e.key !== 'string' || typeof e.effectiveFrom !== 'string')
        throw new SettingsError([`[${i}]: mỗi thiết lập cần key, value, effectiveFrom, effectiveTo`]);
      if (e.effectiveTo === undefined) e.effectiveTo = null;
    }
    resolveSettings(entries, '9999-12-31');
    return (c) => resolveSettings(entries, referenceDate(c));
  }
  if (typeof raw === 'object' && raw !== null) {
    const s = settingsFromOverrides(raw as Record<string, unknown>);
    return () => s;
  }
  throw new SettingsError(['tệp thiết lập phải là đối tượng { khóa: giá trị } hoặc mảng các thiết lập có ngày hiệu lực']);
}

export function runCheck(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (args.includes('--schema')) {
    io.out(JSON.stringify(buildJsonSchemas(), null, 2));
    return 0;
  }
  let settingsPath: string | undefined;
  const si = args.indexOf('--settings');
  if (si >= 0) {
    settingsPath = args[si + 1];
    if (!settingsPath) {
      io.err(`Thiếu đường dẫn sau --settings.\n${USAGE}`);
      return 2;
    }
    args.splice(si, 2);
  }
  const unknown = args.filter((a) => a.startsWith('--'));
  if (unknown.length > 0) {
    io.err(`Tùy chọn không được hỗ trợ: ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const casePath = args[0];
  if (!casePath || args.length > 1) {
    io.err(USAGE);
    return 2;
  }
  const input = readJson(io, casePath, 'hồ sơ');
  if (!input.ok) {
    io.err(input.error);
    return 2;
  }
  let settingsRaw: unknown;
  if (settingsPath) {
    const s = readJson(io, settingsPath, 'thiết lập');
    if (!s.ok) {
      io.err(s.error);
      return 2;
    }
    settingsRaw = s.value;
  }
  const parsed = parseEligibilityRequest(input.value);
  if (!parsed.ok) {
    io.err(`Hồ sơ không hợp lệ:\n${parsed.errors.map((e) => `  - ${e}`).join('\n')}`);
    return 2;
  }
  let pick: (c: EligibilityCase) => AgencySettings;
  try {
    pick = settingsFor(settingsRaw);
  } catch (e) {
    if (e instanceof SettingsError) {
      io.err(`Thiết lập không hợp lệ:\n${e.issues.map((x) => `  - ${x}`).join('\n')}`);
      return 2;
    }
    throw e;
  }
  const unknownAnswers = unknownAnswerErrors(parsed.cases, parsed.single, pick);
  if (unknownAnswers.length > 0) {
    io.err(`Hồ sơ không hợp lệ:\n${unknownAnswers.map((e) => `  - ${e.path}: ${e.message}`).join('\n')}`);
    return 2;
  }
  const verdicts = parsed.cases.map((c) => evaluate(c, pick(c)));
  io.out(JSON.stringify(parsed.single ? verdicts[0] : verdicts, null, 2));
  return 0;
}

function isMain(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(entry).href;
}

if (isMain()) {
  try {
    process.exitCode = runCheck(process.argv.slice(2), {
      readFile: (p) => readFileSync(p, 'utf8'),
      out: (t) => process.stdout.write(`${t}\n`),
      err: (t) => process.stderr.write(`${t}\n`),
    });
  } catch (e) {
    process.stderr.write(`Lỗi không mong đợi: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  }
}
