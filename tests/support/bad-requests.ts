/**
 * Bad requests for every route of the OpenAPI document, and the checks every answer to them must
 * pass: never a server error, always a Vietnamese message that names fields by their labels.
 * Used by tests/integration/validation-messages.test.ts and tests/integration/fuzz.test.ts.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { rowsOf } from '../../src/db/client';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  maxLength?: number;
};

export interface RouteDoc {
  method: string;
  /** OpenAPI form: /api/people/{id} */
  path: string;
  pathParams: string[];
  query: Record<string, JsonSchema>;
  body?: JsonSchema;
  multipart: boolean;
}

export interface BadRequest {
  /** What kind of bad input, for the failure report. */
  kind: string;
  options: InjectOptions;
}

const NIL_ID = '00000000-0000-4000-8000-000000000000';

/** The routes of the app's OpenAPI document (Swagger UI's own routes left out). */
export function routesOf(app: FastifyInstance): RouteDoc[] {
  const doc = (app as unknown as { swagger(): { paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: JsonSchema }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> } }).swagger();
  const routes: RouteDoc[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (path.startsWith('/api/docs')) continue;
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      routes.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema ?? {}])),
        body: content['application/json']?.schema,
        multipart: /import/.test(path) && method === 'post',
      });
    }
  }
  return routes;
}

const types = (s: JsonSchema | undefined): string[] => {
  if (!s) return [];
  const own = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  return [...own, ...(s.anyOf ?? []).flatMap(types), ...(s.oneOf ?? []).flatMap(types)];
};
const isDateLike = (name: string, s: JsonSchema) => s.format === 'date' || /(On|Date|From|To)$/.test(name);

/** A value of the wrong type for a property of this schema. */
function wrongValue(s: JsonSchema): unknown {
  const t = types(s);
  if (t.includes('string')) return 12345;
  if (t.includes('number') || t.includes('integer')) return 'không phải số';
  if (t.includes('boolean')) return 'có lẽ';
  if (t.includes('array')) return { a: 1 };
  if (t.includes('object')) return ['một', 'danh sách'];
  return Symbol.for('skip');
}

function pathFor(route: RouteDoc, value: (name: string) => string): string {
  return route.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(value(name)));
}
const validParam = (name: string) => (name === 'kind' ? 'ratings' : NIL_ID);

const deep = (levels: number): unknown => {
  let v: unknown = 'đáy';
  for (let i = 0; i < levels; i++) v = i % 2 ? { tầng: v } : [v];
  return v;
};

/** Missing fields and wrong types only: what item 5 checks on every route's schema. */
export function typeAndPresenceRequests(route: RouteDoc): BadRequest[] {
  const out: BadRequest[] = [];
  const url = pathFor(route, validParam);
  if (route.body) {
    out.push({ kind: 'body: thiếu mọi trường', options: { method: route.method as never, url, payload: {} } });
    out.push({ kind: 'body: mảng thay cho đối tượng', options: { method: route.method as never, url, payload: [1, 2] } });
    out.push({ kind: 'body: chuỗi thay cho đối tượng', options: { method: route.method as never, url, payload: JSON.stringify('chuỗi'), headers: { 'content-type': 'application/json' } } });
    for (const [name, s] of Object.entries(route.body.properties ?? {})) {
      const wrong = wrongValue(s);
      if (wrong === Symbol.for('skip')) continue;
      out.push({ kind: `body.${name}: sai kiểu`, options: { method: route.method as never, url, payload: { [name]: wrong } } });
      if (s.type === 'array' && s.items?.properties) {
        out.push({ kind: `body.${name}[0]: thiếu trường`, options: { method: route.method as never, url, payload: { [name]: [{}] } } });
      }
    }
  }
  for (const [name, s] of Object.entries(route.query)) {
    const t = types(s);
    if (t.includes('number') || t.includes('integer') || s.enum || s.format) {
      out.push({ kind: `query.${name}: sai kiểu`, options: { method: route.method as never, url: `${url}?${name}=khong-hop-le` } });
    }
  }
  if (route.pathParams.length) {
    out.push({ kind: 'path: mã không hợp lệ', options: { method: route.method as never, url: pathFor(route, () => 'khong-hop-le'), payload: route.body ? {} : undefined } });
  }
  return out;
}

/** Everything: types and presence, unknown fields, control characters, huge strings, deep nesting,
 * invalid dates and numbers, wrong content types, malformed multipart. */
export function fuzzRequests(route: RouteDoc): BadRequest[] {
  const out = typeAndPresenceRequests(route);
  const m = route.method as never;
  const url = pathFor(route, validParam);
  const props = Object.entries(route.body?.properties ?? {});
  const strings = props.filter(([, s]) => types(s).includes('string'));
  if (route.body) {
    out.push({ kind: 'body: trường lạ', options: { method: m, url, payload: { truongLa: 1 } } });
    out.push({ kind: 'body: khóa có NUL', options: { method: m, url, payload: { 'a\u0000b': 'x' } } });
    if (strings.length) {
      out.push({ kind: 'body: ký tự NUL', options: { method: m, url, payload: Object.fromEntries(strings.map(([n]) => [n, 'a\u0000b'])) } });
      out.push({ kind: 'body: ký tự điều khiển', options: { method: m, url, payload: Object.fromEntries(strings.map(([n]) => [n, 'a\u0007\u001bb'])) } });
      out.push({ kind: 'body: chuỗi rất dài', options: { method: m, url, payload: Object.fromEntries(strings.map(([n]) => [n, 'x'.repeat(50_000)])) } });
      const dates = strings.filter(([n, s]) => isDateLike(n, s));
      for (const bad of ['31/02/2025', '2025-02-30T00:00:00Z']) {
        if (dates.length) out.push({ kind: `body: ngày ${bad}`, options: { method: m, url, payload: Object.fromEntries(dates.map(([n]) => [n, bad])) } });
      }
    }
    const numbers = props.filter(([, s]) => types(s).some((t) => t === 'number' || t === 'integer'));
    for (const bad of [2147483648, 1e300]) {
      if (numbers.length) out.push({ kind: `body: số ${bad}`, options: { method: m, url, payload: Object.fromEntries(numbers.map(([n]) => [n, bad])) } });
    }
    out.push({ kind: 'body: lồng sâu', options: { method: m, url, payload: Object.fromEntries((props.length ? props : [['duLieu', {}]]).map(([n]) => [n, deep(500)])) } });
    out.push({ kind: 'body: JSON hỏng', options: { method: m, url, payload: '{"a": ', headers: { 'content-type': 'application/json' } } });
    out.push({ kind: 'body: text/plain', options: { method: m, url, payload: 'xin chào', headers: { 'content-type': 'text/plain' } } });
    out.push({ kind: 'body: form', options: { method: m, url, payload: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } } });
    out.push({ kind: 'body: xml', options: { method: m, url, payload: '<a>1</a>', headers: { 'content-type': 'application/xml' } } });
  }
  for (const [name] of Object.entries(route.query)) {
    out.push({ kind: `query.${name}: NUL`, options: { method: m, url: `${url}?${name}=a%00b` } });
    out.push({ kind: `query.${name}: rất dài`, options: { method: m, url: `${url}?${name}=${'x'.repeat(5_000)}` } });
    out.push({ kind: `query.${name}: lặp lại`, options: { method: m, url: `${url}?${name}=1&${name}=2` } });
    out.push({ kind: `query.${name}: số tràn`, options: { method: m, url: `${url}?${name}=99999999999999999999` } });
    out.push({ kind: `query.${name}: ngày sai`, options: { method: m, url: `${url}?${name}=2025-02-30` } });
  }
  if (route.pathParams.length) {
    out.push({ kind: 'path: NUL', options: { method: m, url: pathFor(route, () => 'a\u0000b') } });
    out.push({ kind: 'path: rất dài', options: { method: m, url: pathFor(route, () => 'x'.repeat(5000)) } });
  }
  if (route.multipart) {
    const boundary = '----vdfuzz';
    out.push({ kind: 'multipart: thiếu boundary', options: { method: m, url, payload: 'abc', headers: { 'content-type': 'multipart/form-data' } } });
    out.push({ kind: 'multipart: không phải multipart', options: { method: m, url, payload: 'không phải multipart', headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } } });
    out.push({
      kind: 'multipart: phần bị cắt',
      options: { method: m, url, payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004abc`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } },
    });
    out.push({ kind: 'multipart: JSON', options: { method: m, url, payload: { file: 'x' } } });
  }
  return out;
}

// ---- checks ------------------------------------------------------------------------------------

/** English words that have shown up in messages (Zod, Fastify, ajv) or that codes leak. */
const ENGLISH = /\b(expected|received|string|number|boolean|object|array|undefined|nonoptional|nan|invalid|input|required|must|should|key|value|values|id|type|bad|request|error|unsupported|media|body|format|too|big|small|internal|server|not|found|unexpected|token|json|missing|field|fields|unknown|option|options|unrecognized|route|method|failed|cannot|true|false|null|person|unit|open|concluded|enum|integer|regex|limit)\b/i;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Technical parts a message may quote: paths in parentheses, keys in «», values in quotes. */
const stripQuoted = (text: string) => text.replace(/Content-Type/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/«[^»]*»/g, ' ').replace(/"[^"]*"/g, ' ');

export function problemsWithMessage(body: unknown): string[] {
  const problems: string[] = [];
  const error = (body as { error?: { message?: unknown; fields?: { path: string; field: string; message: string }[] } } | null)?.error;
  if (!error || typeof error.message !== 'string') return ['không có error.message'];
  const check = (label: string, text: string) => {
    // A field label may be a word without diacritics ("Trang"); a message always has some.
    if (label !== 'field' && !VIETNAMESE.test(text)) problems.push(`${label} không phải tiếng Việt: ${text}`);
    const english = ENGLISH.exec(stripQuoted(text));
    if (english) problems.push(`${label} có từ tiếng Anh "${english[0]}": ${text}`);
  };
  check('message', error.message.slice(0, 2000));
  for (const f of error.fields ?? []) {
    check('field', f.field);
    check('field.message', f.message);
    if (f.field === f.path || /^(dữ liệu|\(gốc\)|\[\d+\])$/i.test(f.field)) problems.push(`trường không có tên tiếng Việt: ${f.field}`);
  }
  return problems;
}

/** Row counts of every table and the audit chain head: what a refused request must not change. */
export async function databaseFingerprint(db: Db): Promise<Record<string, string | number>> {
  const tables = rowsOf<{ name: string }>(await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`));
  const out: Record<string, string | number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: number | string }>(await db.execute(sql.raw(`select count(*)::int as n from "${name}"`)));
    out[name] = Number(row!.n);
  }
  const [head] = rowsOf<{ seq: number; hash: string }>(await db.execute(sql`select seq, hash from audit_log order by seq desc limit 1`));
  out['audit_log.head'] = head ? `${head.seq}:${head.hash}` : 'trống';
  return out;
}
