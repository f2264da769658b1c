import type { AuthTokens, MeRecord } from '@samverka/shared';

/** What the console keeps of a signed-in session, in localStorage under one key. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds after which the access token is treated as expired. */
  accessTokenExpiresAt: number;
  user: MeRecord;
}

const STORAGE_KEY = 'samverka.session';

export function readSession(): Session | null {
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.accessToken !== 'string' || typeof parsed.refreshToken !== 'string' || !parsed.user) {
      return null;
    }
    return parsed as Session;
  } catch {
    return null;
  }
}

/** Stores fresh tokens; a refresh response without `user` keeps the person already stored. */
export function saveTokens(tokens: AuthTokens): Session {
  const user = tokens.user ?? readSession()?.user;
  if (!user) throw new Error('The sign-in response did not say who signed in');
  const session: Session = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    // Without an expiry we rely on the 401-then-refresh path alone.
    accessTokenExpiresAt: typeof tokens.expiresIn === 'number' ? Date.now() + tokens.expiresIn * 1000 : Number.POSITIVE_INFINITY,
    user,
  };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  return session;
}

export function saveUser(user: MeRecord): void {
  const session = readSession();
  if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...session, user }));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}
