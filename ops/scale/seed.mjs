#!/usr/bin/env node
// npm run scale:seed -- --size city|national [--seed N] [--if-missing]
// Loads the deterministic synthetic data set into SCALE_DATABASE_URL, DATABASE_URL, or the local
// PostgreSQL's samverka_scale_<size>. See ops/bench/README.md.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './dataset.mjs';
import { ensureDataset, loadDataset, ROOT } from './load.mjs';
import { targetUrl } from './target-database.mjs';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'city' }, seed: { type: 'string' }, 'if-missing': { type: 'boolean', default: false } } });
const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
const url = targetUrl(values.size);
try {
  const marker = values['if-missing'] ? (await ensureDataset({ url, size: values.size, seed })).marker : await loadDataset({ url, size: values.size, seed });
  const dir = join(ROOT, 'ops/bench/results');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `load-${values.size}.json`), `${JSON.stringify({ machine: await machine(), ...marker }, null, 2)}\n`);
  console.log(
    `loaded: ${Object.entries(marker.rows)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );
} catch (error) {
  console.error(`scale:seed: ${error.message}`);
  process.exit(1);
}

async function machine() {
  const os = await import('node:os');
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
}
