// Writes the JSON Schemas that editors point their IDE at ("$schema" in a config file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from './json-schemas.js';

mkdirSync('schemas', { recursive: true });
for (const [file, text] of Object.entries(jsonSchemas())) {
  writeFileSync(`schemas/${file}`, text);
  console.log(`schemas/${file}`);
}
