import { generate } from 'otplib';

const PERIOD_SECONDS = 30;

/** The step of the last code an account used, as the server recorded it ($1: the e-mail). */
export const LAST_USED_STEP_SQL = `SELECT m.last_used_step FROM user_mfa m JOIN users u ON u.id = m.user_id WHERE lower(u.email) = lower(trim($1))`;

/**
 * A TOTP code the server will still take from an account whose last code was of `lastUsedStep`:
 * each code works once, so this is the current step's or the next one's (both stay valid across
 * a step boundary), and when both are used it waits for the window to move on.
 */
export async function unusedTotp(secret: string, lastUsedStep: string | number | null | undefined): Promise<string> {
  for (;;) {
    const now = Date.now() / 1000;
    const current = Math.floor(now / PERIOD_SECONDS);
    const step = Math.max(current, lastUsedStep == null ? current : Number(lastUsedStep) + 1);
    if (step <= current + 1) return generate({ secret, epoch: step * PERIOD_SECONDS });
    await new Promise((resolve) => setTimeout(resolve, ((current + 1) * PERIOD_SECONDS - now) * 1000 + 50));
  }
}
