import { generate } from 'otplib';

const PERIOD_SECONDS = 30;
/** Time a code needs from here to the server's check, with room to spare. */
const SAFETY_SECONDS = 8;

/** The step of the last code an account used, as the server recorded it ($1: the e-mail). */
export const LAST_USED_STEP_SQL = `SELECT m.last_used_step FROM user_mfa m JOIN users u ON u.id = m.user_id WHERE lower(u.email) = lower(trim($1))`;

/**
 * A TOTP code the server will still take from an account whose last code was of `lastUsedStep`:
 * each code works once, so this is the earliest unused step of the window the server accepts
 * (the step before, the current one, the next one; the step before only while it has well over
 * a few seconds to live), and when all are used it waits for the window to move on.
 */
export async function unusedTotp(secret: string, lastUsedStep: string | number | null | undefined): Promise<string> {
  for (;;) {
    const now = Date.now() / 1000;
    const current = Math.floor(now / PERIOD_SECONDS);
    const earliest = now - current * PERIOD_SECONDS < PERIOD_SECONDS - SAFETY_SECONDS ? current - 1 : current;
    const step = Math.max(earliest, lastUsedStep == null ? earliest : Number(lastUsedStep) + 1);
    if (step <= current + 1) return generate({ secret, epoch: step * PERIOD_SECONDS });
    await new Promise((resolve) => setTimeout(resolve, ((current + 1) * PERIOD_SECONDS - now) * 1000 + 50));
  }
}
