/**
 * Request validation failures as the user reads them: each problem names its field by the
 * Vietnamese label (a schema's `.meta({ title })`, else the shared labels map), never by a bare
 * key, and says what is wrong in plain Vietnamese (src/shared/zod-vi.ts).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from '../shared/zod-vi';
import { FIELD_LABELS, fieldLabel } from '../shared/field-labels';
import type { FieldError } from './errors';

export type Part = 'body' | 'querystring' | 'params' | 'headers';

/** What the whole of each part of a request is called when the problem is the part itself. */
const PART_LABELS: Record<Part, string> = {
  body: 'Nội dung gửi lên',
  querystring: 'Tham số tìm kiếm',
  params: 'Đường dẫn',
  headers: 'Tiêu đề yêu cầu',
};

interface ZodInternals {
  _zod?: { def?: Record<string, unknown> & { type?: string } };
}

function titleOf(schema: unknown): string | undefined {
  const meta = z.globalRegistry.get(schema as z.ZodType);
  return typeof meta?.title === 'string' ? meta.title : undefined;
}

/** The Vietnamese title of the schema at `path`, looking through optional/default/pipe wrappers. */
export function schemaTitleAt(root: unknown, path: readonly PropertyKey[]): string | undefined {
  let current: unknown = root;
  let title: string | undefined;
  const step = (s: unknown, key: PropertyKey | undefined): unknown => {
    let node = s;
    for (let guard = 0; guard < 20 && node; guard++) {
      const t = titleOf(node);
      if (t) title = t;
      const def = (node as ZodInternals)._zod?.def;
      if (!def) return undefined;
      switch (def.type) {
        case 'optional':
        case 'nullable':
        case 'default':
        case 'prefault':
        case 'nonoptional':
        case 'readonly':
        case 'catch':
          node = def.innerType;
          continue;
        case 'pipe':
          node = def.in;
          continue;
        case 'lazy':
          node = (def.getter as () => unknown)();
          continue;
        default:
          break;
      }
      if (key === undefined) return node;
      if (def.type === 'object') return (def.shape as Record<string, unknown>)[String(key)];
      if (def.type === 'array' && typeof key === 'number') return def.element;
      if (def.type === 'record') return def.valueType;
      return undefined;
    }
    return undefined;
  };
  for (const key of path) {
    title = undefined;
    current = step(current, key);
    if (!current) return undefined;
  }
  step(current, undefined);
  return title;
}

export function labelFor(part: Part, schema: unknown, path: readonly PropertyKey[]): string {
  const dotted = path.map(String).join('.');
  if (!path.length) return PART_LABELS[part];
  const title = schemaTitleAt(schema, path);
  if (title) return `${title} (${dotted})`;
  const key = [...path].reverse().find((p) => typeof p === 'string');
  if (typeof key === 'string' && FIELD_LABELS[key]) return fieldLabel(path);
  // A list element without a label of its own: "Tác giả thứ 2 (authors.1)".
  const last = path[path.length - 1];
  if (typeof last === 'number' && path.length > 1) {
    const parent = labelFor(part, schema, path.slice(0, -1)).replace(/ \([^)]*\)$/, '');
    return `${parent} thứ ${last + 1} (${dotted})`;
  }
  return `Trường «${dotted}»`;
}

interface ValidationItem {
  keyword?: string;
  instancePath: string;
  message?: string;
  params: unknown;
}

/** fastify-type-provider-zod gives the code as `keyword`, its path as `/a/0/b`, the rest in `params`. */
const pathOf = (instancePath: string): (string | number)[] =>
  instancePath.split('/').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Field problems of a failed Zod validation of one part of a request. */
export function validationFields(
  part: string | undefined,
  items: readonly ValidationItem[],
  routeSchema: Record<string, unknown> | undefined,
): FieldError[] {
  const p = (['body', 'querystring', 'params', 'headers'].includes(part ?? '') ? part : 'body') as Part;
  const schema = routeSchema?.[p];
  const fields: FieldError[] = [];
  for (const v of items) {
    const path = pathOf(v.instancePath);
    const keys = (v.params as { keys?: unknown }).keys;
    if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
      for (const key of keys as string[]) {
        const keyPath = [...path, key].map(String).join('.');
        fields.push({ path: keyPath, field: `Trường «${keyPath}»`, message: `Không nhận trường lạ «${key}»` });
      }
      continue;
    }
    fields.push({ path: path.map(String).join('.'), field: labelFor(p, schema, path), message: v.message ?? 'Giá trị không hợp lệ' });
  }
  return fields;
}

/** Fastify's own refusals before routing (a path that is not valid URL text, or too long) in Vietnamese. */
export function frameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const message = tooLong ? 'Đường dẫn quá dài.' : 'Đường dẫn không hợp lệ.';
  void reply.status(tooLong ? 414 : 400).send({ error: { code: 'VALIDATION', message, fields: [] } });
}
