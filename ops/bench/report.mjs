// The benchmark's results as JSON and as a Markdown table, with the machine they ran on.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../scale/load.mjs';

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

export async function writeResults(run) {
  const dir = join(ROOT, 'ops/bench/results');
  await mkdir(dir, { recursive: true });
  const report = { date: new Date().toISOString(), machine: machine(), ...run };
  const json = join(dir, `bench-${run.size}.json`);
  const md = join(dir, `bench-${run.size}.md`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, markdown(report));
  return [json, md];
}

function markdown(r) {
  const m = r.machine;
  const rows = r.results.map((x) => {
    const raw = x.raw ? `${x.raw.requestsPerSecond} | ${x.raw.p50} / ${x.raw.p95} / ${x.raw.p99}` : '– | –';
    return `| ${x.name} | ${x.statements ?? '–'} | ${x.api.requestsPerSecond} | ${x.api.p50} / ${x.api.p95} / ${x.api.p99} | ${x.api.errors} | ${x.api.rssMiB} | ${raw} | ${x.ratio ?? '–'} |`;
  });
  return `# Benchmark: \`${r.size}\` data set

${r.date}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}; load average at the end ${m.loadAverageAtEnd.join(' ')}.
Data set: ${Object.entries(r.marker.rows)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ')}.
Each scenario ${r.duration} s at ${r.connections} connections (sign-in: 10), after a 1 s warm-up; the API is
\`node backend/dist/main.js\` (NODE_ENV=production) with its pool of ${r.appPool} connections; the raw baseline replays the
statements the API issued for one such request through \`pg\` (pool of ${r.appPool}) with ${r.connections} concurrent workers.
Peak resident memory of the API process over the run (VmHWM): **${r.peakRssMiB} MiB**.

| scenario | SQL statements | API req/s | API p50 / p95 / p99 ms | API errors | API RSS MiB after | raw req/s | raw p50 / p95 / p99 ms | API / raw |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
}
