import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Writes a captured e-mail whole to `dir` as `<message id>.txt` (headers, a blank line, the text):
 * without SMTP this directory is the mailbox, the one place a secret link or code can be read.
 * Written under a temporary name and renamed, so a reader never sees half a message; a retry
 * writes the same file again.
 */
export async function writeCapturedMail(dir: string, mail: { id: string; to: string; subject: string; body: string }): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, `${mail.id}.txt`);
  await writeFile(`${file}.tmp`, `To: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.body}\n`, { mode: 0o600 });
  await rename(`${file}.tmp`, file);
}
