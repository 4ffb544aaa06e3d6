/**
 * The app's platform services: the durable queue with this instance's workers, and the scheduler.
 * buildApp() starts them and stops them (cleanly, waiting for running work) on app.close().
 */
import type { Database } from '../../db/client';
import type { AppConfig } from '../config';
import type { AppContext } from '../context';
import { systemClock, type Clock } from './clock';
import { createQueue, type QueueConfig, type QueueRuntime } from './queue';
import { startScheduler, type SchedulerHandle } from './scheduler';
import { registerWorkers } from './workers';
import { closeMailTransports } from './mail';

export interface BackgroundOptions {
  /** Run this instance's queue workers (default true). */
  workers?: boolean;
  /** Run the scheduler loop (default true; tests may drive it with runSchedulerTick instead). */
  scheduler?: boolean;
  /** How often the scheduler looks at the clock (ms, default 15 s). */
  schedulerIntervalMs?: number;
  queue?: QueueConfig;
}

export interface AppOptions {
  database: Database;
  config: AppConfig;
  clock?: Clock;
  background?: BackgroundOptions;
}

export interface Platform {
  ctx: AppContext;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createPlatform(options: AppOptions): Platform {
  const queue: QueueRuntime = createQueue(options.database, options.background?.queue);
  const ctx: AppContext = { database: options.database, config: options.config, queue, clock: options.clock ?? systemClock };
  let scheduler: SchedulerHandle | null = null;
  return {
    ctx,
    async start() {
      await queue.start();
      if (options.background?.workers !== false) await registerWorkers(ctx);
      if (options.background?.scheduler !== false) {
        scheduler = startScheduler(ctx, { intervalMs: options.background?.schedulerIntervalMs });
      }
    },
    async stop() {
      await scheduler?.stop();
      await queue.stop();
      closeMailTransports(); // pooled SMTP connections (VD_SMTP_URL=…?pool=true)
    },
  };
}
