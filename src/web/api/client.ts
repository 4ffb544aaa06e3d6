import { ApiError, type FieldProblem } from './errors';
import { ME_KEY, type Me } from './me';
import { queryClient } from './query-client';

function csrfToken(): string | null {
  return queryClient.getQueryData<Me>(ME_KEY)?.csrfToken ?? null;
}

async function toError(res: Response): Promise<ApiError> {
  let body: { error?: { code?: string; message?: string; fields?: FieldProblem[] } } = {};
  try {
    body = await res.json();
  } catch {
    // Not JSON (proxy error page, network): fall back to the status.
  }
  const e = body.error;
  return new ApiError(res.status, e?.code ?? 'HTTP_' + res.status, e?.message ?? `HTTP ${res.status}`, e?.fields ?? []);
}

async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = csrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined || method !== 'GET') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body ?? {});
  }
  const res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (!res.ok) throw await toError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** JSON API calls; every write carries the session's CSRF token. */
export const api = {
  get: <T>(url: string) => send<T>('GET', url),
  post: <T>(url: string, body?: unknown) => send<T>('POST', url, body),
  patch: <T>(url: string, body?: unknown) => send<T>('PATCH', url, body),
  put: <T>(url: string, body?: unknown) => send<T>('PUT', url, body),
  delete: <T>(url: string) => send<T>('DELETE', url),
  upload: <T>(url: string, form: FormData) => send<T>('POST', url, form),
};

/** Query string from a record, leaving out empty values. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}
