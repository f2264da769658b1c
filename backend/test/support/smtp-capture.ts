import { createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CapturedSmtpMail {
  to: string;
  /** The raw message as it arrived: headers, a blank line, the (possibly encoded) body. */
  raw: string;
}

/** A real SMTP server on a free local port that keeps what it receives: the mailbox of a test. */
export interface SmtpCapture {
  url: string;
  received: CapturedSmtpMail[];
  /** Refuse the next `count` messages with a temporary error, as a flaky provider would. */
  refuseNext(count: number): void;
  close(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const received: CapturedSmtpMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals -= 1;
          return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        }
        received.push({ to: session.envelope.rcptTo.map((address) => address.address).join(','), raw: unfoldQuotedPrintable(raw) });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => (refusals = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Nodemailer writes long lines as quoted-printable: join its soft line breaks so a link reads whole. */
function unfoldQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
