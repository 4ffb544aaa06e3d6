/**
 * Load client, run as a child process (fork) so that its own work does not share the server's event
 * loop. Virtual users each send one request at a time over keep-alive HTTP/1.1 connections, for a
 * bounded time and a bounded number of requests, and report latency percentiles per request label.
 */
import http from 'node:http';

export interface LoadUser {
  cookie?: string;
  /** The requests this user picks from, uniformly (repeat an entry to weight it). */
  requests: { label: string; path: string }[];
}

export interface LoadPlan {
  baseUrl: string;
  users: LoadUser[];
  durationMs: number;
  maxRequests: number;
  warmupMs: number;
  timeoutMs?: number;
}

export interface LabelStats {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  overall: LabelStats;
  byLabel: Record<string, LabelStats>;
  statuses: Record<string, number>;
  sampleErrors: string[];
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function stats(latencies: number[], errors: number): LabelStats {
  const sorted = Float64Array.from(latencies).sort();
  return { count: latencies.length, errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? 0 };
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const url = new URL(plan.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.users.length, maxFreeSockets: plan.users.length });
  const timeoutMs = plan.timeoutMs ?? 30_000;
  const send = (path: string, cookie: string | undefined) =>
    new Promise<{ status: number; ms: number; error?: string }>((resolve) => {
      const t0 = performance.now();
      const req = http.request(
        { agent, host: url.hostname, port: url.port, path, method: 'GET', headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => { if (res.statusCode !== 200) chunks.push(c); });
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            resolve({ status, ms: performance.now() - t0, error: status === 200 ? undefined : `${status} ${path}: ${Buffer.concat(chunks).toString().slice(0, 200)}` });
          });
          res.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, error: `${path}: ${e.message}` }));
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer after ${timeoutMs} ms`)));
      req.on('error', (e) => resolve({ status: 0, ms: performance.now() - t0, error: `${path}: ${e.message}` }));
      req.end();
    });

  const latencies = new Map<string, number[]>();
  const errorCounts = new Map<string, number>();
  const statuses: Record<string, number> = {};
  const sampleErrors: string[] = [];
  let issued = 0;
  let seed = 12345;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);

  const phase = async (ms: number, record: boolean) => {
    const end = performance.now() + ms;
    await Promise.all(plan.users.map(async (user) => {
      while (performance.now() < end && (!record || issued < plan.maxRequests)) {
        const r = user.requests[Math.floor(rand() * user.requests.length)]!;
        if (record) issued++;
        const res = await send(r.path, user.cookie);
        if (!record) continue;
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const list = latencies.get(r.label) ?? [];
        list.push(res.ms);
        latencies.set(r.label, list);
        if (res.error) {
          errorCounts.set(r.label, (errorCounts.get(r.label) ?? 0) + 1);
          if (sampleErrors.length < 5) sampleErrors.push(res.error);
        }
      }
    }));
  };

  if (plan.warmupMs > 0) await phase(plan.warmupMs, false);
  const t0 = performance.now();
  await phase(plan.durationMs, true);
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();

  const all = [...latencies.values()].flat();
  const errors = [...errorCounts.values()].reduce((a, b) => a + b, 0);
  const byLabel: Record<string, LabelStats> = {};
  for (const [label, list] of latencies) byLabel[label] = stats(list, errorCounts.get(label) ?? 0);
  return { requests: all.length, errors, seconds, throughput: all.length / seconds, overall: stats(all, errors), byLabel, statuses, sampleErrors };
}

// As a child process: one plan in, one result out.
if (process.send) {
  process.once('message', (plan: LoadPlan) => {
    void runLoad(plan).then((result) => {
      process.send!(result, () => process.exit(0));
    });
  });
}
