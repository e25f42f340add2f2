#!/usr/bin/env node
// Writes dist/schemas/<tag>.json (and envelope.json) from the zod schemas in
// src/schemas.ts, through the same bundle the reference receiver validates with
// (server/lib/schemas.js, built by vite.schemas.config.ts).
import { mkdirSync, writeFileSync } from 'node:fs';

const { envelopeJsonSchema, envelopeSchema, payloadSchemas, toJSONSchema } = await import('../server/lib/schemas.js');
mkdirSync('dist/schemas', { recursive: true });
const write = (name, schema) =>
  writeFileSync(`dist/schemas/${name}.json`, `${JSON.stringify({ $id: `${name}.json`, ...schema }, null, 2)}\n`);

write('envelope', { title: 'family-elements envelope', ...toJSONSchema(envelopeSchema) });
for (const tag of Object.keys(payloadSchemas)) write(tag, envelopeJsonSchema(tag));
console.log(`dist/schemas: envelope.json, ${Object.keys(payloadSchemas).map((t) => `${t}.json`).join(', ')}`);
