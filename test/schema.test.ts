/** The published audit.schema.json is the one the zod types generate, and audit.json validates against them. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditJsonSchema } from '../src/write/json.js';

describe('audit.schema.json', () => {
  it('is up to date with src/model/audit.ts (regenerate: copy output/audit.schema.json to the root)', () => {
    const published = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'audit.schema.json'), 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(auditJsonSchema())));
  });
});
