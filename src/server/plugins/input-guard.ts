import type { FastifyInstance, FastifyRequest } from 'fastify';
import { validation, type FieldError } from '../errors';
import { labelFor, type Part } from '../validation-errors';

/**
 * Characters that have no place in any text the application stores or searches: C0 controls other
 * than tab, line feed and carriage return, DEL, and halves of a surrogate pair. PostgreSQL refuses
 * NUL outright (error 22021), so without this check such input was a server error.
 */
// eslint-disable-next-line no-control-regex
const SENSELESS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasSenselessCharacters = (text: string) => SENSELESS.test(text);

/** Removes senseless characters from text the client does not choose as data (e.g. User-Agent). */
export const stripSenseless = (text: string) => text.replace(new RegExp(SENSELESS.source, 'g'), '');

const MAX_DEPTH = 32;

function scan(value: unknown, path: (string | number)[], found: { path: (string | number)[]; key: boolean }[], depth = 0): void {
  if (found.length >= 5) return;
  if (typeof value === 'string') {
    if (SENSELESS.test(value)) found.push({ path, key: false });
    return;
  }
  if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => scan(v, [...path, i], found, depth + 1));
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (SENSELESS.test(k)) found.push({ path: [...path, k.replace(new RegExp(SENSELESS.source, 'g'), '�')], key: true });
    else scan(v, [...path, k], found, depth + 1);
  }
}

/**
 * Refuses a request whose body, query or path carries a control character, naming the field
 * (400, before validation and before any query runs). Runs after access control, so a visitor
 * without access learns nothing from it.
 */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    if (!req.routeOptions.url?.startsWith('/api')) return;
    const schema = req.routeOptions.schema as Record<string, unknown> | undefined;
    const problems: FieldError[] = [];
    const parts: [Part, unknown][] = [['params', req.params], ['querystring', req.query], ['body', req.body]];
    for (const [part, value] of parts) {
      const found: { path: (string | number)[]; key: boolean }[] = [];
      scan(value, [], found);
      for (const f of found) {
        problems.push({
          path: f.path.map(String).join('.'),
          field: labelFor(part, schema?.[part], f.path),
          message: f.key ? 'Tên trường chứa ký tự điều khiển không hợp lệ' : 'Chứa ký tự điều khiển không hợp lệ (ví dụ ký tự NUL); hãy xóa ký tự đó rồi gửi lại',
        });
      }
    }
    if (problems.length) throw validation(problems);
  });
}
