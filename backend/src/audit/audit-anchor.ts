import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AuditAnchorBreak, AuditAnchorReport } from '@samverka/shared';
import type { DataSource, EntityManager } from 'typeorm';

/** Where checkpoints go and the key that signs them: the database never sees the key. */
export interface AnchorSettings {
  file: string;
  key: string;
}

/** One line of the checkpoint file: the chain's head at a moment, signed. */
export interface Checkpoint {
  v: 1;
  chainSeq: string;
  hash: string;
  eventId: string;
  at: string;
  mac: string;
}

const REPORTED = 100;
const BATCH = 1_000;

/** The HMAC covers every field, the time included, under a label so the key signs nothing else. */
function macOf(key: string, c: Omit<Checkpoint, 'mac'>): string {
  return createHmac('sha256', key).update(`samverka-audit-anchor|v${c.v}|${c.chainSeq}|${c.hash}|${c.eventId}|${c.at}`).digest('hex');
}

export function signCheckpoint(key: string, head: { chainSeq: string; hash: string; eventId: string; at: Date }): Checkpoint {
  const unsigned = { v: 1 as const, chainSeq: head.chainSeq, hash: head.hash, eventId: head.eventId, at: head.at.toISOString() };
  return { ...unsigned, mac: macOf(key, unsigned) };
}

/** Appends one line and waits until it is on disk (file, and the directory when the file is new). */
export async function appendCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const handle = await open(file, 'a', 0o640);
  try {
    const isNew = (await handle.stat()).size === 0;
    await handle.appendFile(`${JSON.stringify(checkpoint)}\n`);
    await handle.sync();
    if (isNew) {
      const dir = await open(dirname(file), 'r');
      await dir.sync().finally(() => dir.close());
    }
  } finally {
    await handle.close();
  }
}

/** The file's lines (numbered from 1), empty when there is no file yet. */
async function linesOf(file: string): Promise<{ line: number; text: string }[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return text
    .split('\n')
    .map((t, n) => ({ line: n + 1, text: t }))
    .filter((l) => l.text.trim() !== '');
}

const isCheckpoint = (c: unknown): c is Checkpoint => {
  const o = c as Record<string, unknown>;
  return (
    typeof o === 'object' &&
    o !== null &&
    o.v === 1 &&
    typeof o.chainSeq === 'string' &&
    /^[1-9]\d{0,18}$/.test(o.chainSeq) &&
    typeof o.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(o.hash) &&
    typeof o.eventId === 'string' &&
    /^\d{1,19}$/.test(o.eventId) &&
    typeof o.at === 'string' &&
    !Number.isNaN(Date.parse(o.at)) &&
    typeof o.mac === 'string' &&
    /^[0-9a-f]{64}$/.test(o.mac)
  );
};

type Parsed = { kind: 'signed' | 'forged'; checkpoint: Checkpoint } | { kind: 'unreadable' };

function parse(key: string, text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'unreadable' };
  }
  if (!isCheckpoint(value)) return { kind: 'unreadable' };
  const signed = timingSafeEqual(Buffer.from(macOf(key, value), 'hex'), Buffer.from(value.mac, 'hex'));
  return { kind: signed ? 'signed' : 'forged', checkpoint: value };
}

/** The last checkpoint the file holds with a valid HMAC, or null. */
export async function latestCheckpoint(settings: AnchorSettings): Promise<Checkpoint | null> {
  const lines = await linesOf(settings.file);
  for (let n = lines.length - 1; n >= 0; n--) {
    const parsed = parse(settings.key, lines[n].text);
    if (parsed.kind === 'signed') return parsed.checkpoint;
  }
  return null;
}

/**
 * Checks every checkpoint: its HMAC, then that the row at its position still has the hash it
 * recorded. The chain in the database may add up again after a stretch was deleted and the rest
 * re-linked and re-numbered by someone with the owner role; the position and hash taken before
 * cannot be re-made without the key, so the first checkpoint after the stretch stops holding, and
 * the last one that holds before it bounds where the stretch starts.
 */
export async function checkCheckpoints(db: DataSource | EntityManager, settings: AnchorSettings): Promise<AuditAnchorReport> {
  const lines = await linesOf(settings.file);
  const parsed = lines.map(({ line, text }) => ({ line, ...parse(settings.key, text) }));
  const positions = [...new Set(parsed.flatMap((p) => (p.kind === 'signed' ? [p.checkpoint.chainSeq] : [])))];
  const hashAt = new Map<string, string>();
  for (let n = 0; n < positions.length; n += BATCH) {
    const rows: { chain_seq: string; hash: string }[] = await db.query(`SELECT e.chain_seq::text, e.hash FROM audit_events e WHERE e.chain_seq = ANY($1::bigint[])`, [positions.slice(n, n + BATCH)]);
    for (const row of rows) hashAt.set(row.chain_seq, row.hash);
  }
  const problems: AuditAnchorBreak[] = [];
  let broken = 0;
  let latest: AuditAnchorReport['latest'] = null;
  let intactUpTo = '0';
  const report = (problem: AuditAnchorBreak) => {
    broken++;
    if (problems.length < REPORTED) problems.push(problem);
  };
  for (const entry of parsed) {
    const line = entry.line;
    if (entry.kind === 'unreadable') {
      report({ line, problem: 'unreadable', chainSeq: null, at: null, intactUpTo: null });
      continue;
    }
    const { checkpoint } = entry;
    // What a forged line claims is shown, never trusted.
    if (entry.kind === 'forged') {
      report({ line, problem: 'forged', chainSeq: checkpoint.chainSeq, at: checkpoint.at, intactUpTo: null });
      continue;
    }
    const hash = hashAt.get(checkpoint.chainSeq);
    if (hash === checkpoint.hash) {
      intactUpTo = checkpoint.chainSeq;
      latest = { chainSeq: checkpoint.chainSeq, at: checkpoint.at };
      continue;
    }
    report({ line, problem: hash === undefined ? 'row_gone' : 'hash_differs', chainSeq: checkpoint.chainSeq, at: checkpoint.at, intactUpTo });
  }
  return { checked: lines.length, latest, broken, problems };
}
