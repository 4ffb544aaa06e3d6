/** JSON Schemas of the check's input and output, generated from the zod schemas (docs, OpenAPI). */
import { z } from 'zod';
import { EligibilityRequestSchema } from './case-schema';
import { AgencySettingsOverridesSchema } from './settings';
import { VerdictSchema } from './verdict-schema';

export function buildJsonSchemas(): { input: unknown; output: unknown; settings: unknown } {
  return {
    input: z.toJSONSchema(EligibilityRequestSchema, { io: 'input' }),
    output: z.toJSONSchema(z.union([VerdictSchema, z.array(VerdictSchema)]), { io: 'output' }),
    settings: z.toJSONSchema(AgencySettingsOverridesSchema, { io: 'input' }),
  };
}
