import { startEmbeddedPostgres, startPrivateRedis } from './local-services.mjs';
const D = process.argv[2];
for (const [name, fn] of [
  ['pg port 5432', () => startEmbeddedPostgres({ dataDir: D + '/data/postgres', port: 5432 })],
  ['redis port 6379', () => startPrivateRedis({ dir: D + '/data/redis', port: 6379 })],
  ['redis no binary', () => { process.env.PATH = '/nonexistent'; return startPrivateRedis({ dir: D + '/data/redis', port: 6390 }); }],
]) {
  try { const h = await fn(); console.log(name, 'UNEXPECTED OK'); await h.stop(); } catch (e) { console.log(name, '->', e.name, e.message); }
}
