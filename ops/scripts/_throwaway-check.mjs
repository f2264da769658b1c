import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, startPrivateRedis, findFreePort } from './local-services.mjs';
import net from 'node:net';

const base = process.argv[2];
const run = process.argv[3];
const t0 = Date.now();
const pgPort = await findFreePort();
const rPort = await findFreePort();
const db = await startEmbeddedPostgres({ dataDir: path.join(base, 'postgres'), port: pgPort });
console.log('pg up', Date.now() - t0, 'ms', db.url.replace(/:[^:@]+@/, ':***@'));
const t1 = Date.now();
const redis = await startPrivateRedis({ dir: path.join(base, 'redis'), port: rPort });
console.log('redis up', Date.now() - t1, 'ms', redis.url);

const c = new pg.Client({ connectionString: db.url });
await c.connect();
console.log((await c.query('select current_database(), version(), pg_encoding_to_char(encoding) enc from pg_database where datname=current_database()')).rows[0]);
if (run === '1') {
  await c.query("create table t(x text)"); await c.query("insert into t values ('Strängnäs')");
} else {
  console.log('rows from run 1:', (await c.query('select * from t')).rows);
}
await c.end();

const cmd = (s) => new Promise((res) => { const so = net.connect(rPort, '127.0.0.1'); let d=''; so.on('data', (x)=>{d+=x; if (d.includes('\r\n')) { so.destroy(); res(d.trim()); }}); so.write(s); });
if (run === '1') console.log('SET', await cmd('SET k hello\r\n'));
else console.log('GET', await cmd('GET k\r\n'));

const ts = Date.now();
await redis.stop(); await db.stop();
console.log('stopped in', Date.now() - ts, 'ms');
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
console.log('pg alive?', alive(db.pid), 'redis alive?', alive(redis.pid), 'ports free?', await (await import('./local-services.mjs')).isPortFree(pgPort), await (await import('./local-services.mjs')).isPortFree(rPort));
