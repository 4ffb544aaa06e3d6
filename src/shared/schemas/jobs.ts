import { z } from '../zod-vi';
import { peopleQuery } from './people';

/** Long-running work (imports, bulk documents, reports) and its progress. */
export const JOB_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** One error in an imported spreadsheet, located as the user sees it. */
export const importRowError = z.object({
  row: z.number(),
  column: z.string(),
  header: z.string(),
  value: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

const previewValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const jobResult = z.object({
  /** Data rows found in the file. */
  rowCount: z.number().optional(),
  created: z.number().optional(),
  /** The first rows as they would be recorded (Vietnamese labels, dd/mm/yyyy dates). */
  preview: z.array(z.record(z.string(), previewValue)).optional(),
  errors: z.array(importRowError).optional(),
  /** All errors found (errors[] may be cut short on a very bad file). */
  errorCount: z.number().optional(),
});
export type JobResult = z.infer<typeof jobResult>;

export const jobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  /** Steps to do and done: each row read, then (for a real import) each row written. */
  total: z.number(),
  done: z.number(),
  message: z.string(),
  result: jobResult.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobView = z.infer<typeof jobView>;

export const jobAccepted = z.object({ jobId: z.string() });

export const importQuery = z.object({
  dryRun: z.enum(['true', 'false'], { error: 'Chạy thử phải là "true" (có) hoặc "false" (không)' }).default('false').transform((v) => v === 'true'),
});

/** GET /api/people/export.xlsx takes the list's filters, without paging. */
export const peopleExportQuery = peopleQuery.omit({ page: true, pageSize: true });
export type PeopleExportQuery = z.infer<typeof peopleExportQuery>;

/** A row of a people import preview (result.preview). */
export const peopleImportPreviewRow = z.object({
  row: z.number(),
  code: z.string(),
  fullName: z.string(),
  gender: z.string(),
  birthDate: z.string(),
  staffCategory: z.string(),
  unitName: z.string(),
  position: z.string(),
  isLeader: z.boolean(),
  isDirectWorker: z.boolean(),
  startDate: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type PeopleImportPreviewRow = z.infer<typeof peopleImportPreviewRow>;
