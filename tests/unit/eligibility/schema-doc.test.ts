/**
 * The JSON Schemas published in docs/ must match the zod schemas.
 * Regenerate after a schema change:  UPDATE_DOCS=1 npx vitest run tests/unit/eligibility/schema-doc.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas, SETTING_KEYS } from '../../../src/domain/eligibility';

const SCHEMA_FILE = 'docs/eligibility-check.schema.json';
const DOC_FILE = 'docs/eligibility-check.md';
const update = process.env.UPDATE_DOCS === '1';

function block(name: string, json: unknown): string {
  return `<!-- BEGIN GENERATED: ${name} -->\n\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\`\n<!-- END GENERATED: ${name} -->`;
}

function replaceBlock(doc: string, name: string, json: unknown): string {
  const re = new RegExp(`<!-- BEGIN GENERATED: ${name} -->[\\s\\S]*?<!-- END GENERATED: ${name} -->`);
  if (!re.test(doc)) throw new Error(`Marker ${name} missing in ${DOC_FILE}`);
  return doc.replace(re, () => block(name, json));
}

describe('published JSON Schemas', () => {
  const schemas = buildJsonSchemas();
  const expectedFile = `${JSON.stringify(schemas, null, 2)}\n`;

  it(`${SCHEMA_FILE} matches the zod schemas`, () => {
    if (update) writeFileSync(SCHEMA_FILE, expectedFile);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'run with UPDATE_DOCS=1 to regenerate').toBe(expectedFile);
  });

  it(`${DOC_FILE} embeds the current input, output and settings schemas`, () => {
    let doc = readFileSync(DOC_FILE, 'utf8');
    const want = replaceBlock(replaceBlock(replaceBlock(doc, 'input-schema', schemas.input), 'output-schema', schemas.output), 'settings-schema', schemas.settings);
    if (update && want !== doc) writeFileSync(DOC_FILE, (doc = want));
    expect(doc, 'run with UPDATE_DOCS=1 to regenerate').toBe(want);
  });

  it(`${DOC_FILE} documents every agency setting`, () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    for (const k of SETTING_KEYS) expect(doc, k).toContain(`\`${k}\``);
  });
});
