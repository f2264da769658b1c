import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import type { MeRecord, MfaEnrolment, SignInAnswer } from '@samverka/shared';
import { canAccessWith } from './access';
import { settleAccountLanguage } from './account-language';
import { messageOf, parseJson } from './api-error';
import { API_URL, apiFetch } from './http-client';
import { clearSession, readSession, saveTokens, saveUser } from './session-store';
import { onSignedOutPage } from './signed-out';

/**
 * The signed-in person as of this page load. The first call asks /api/me so that role and
 * scope changes made since the sign-in reach the menus; later calls reuse the answer.
 */
let meLoad: Promise<MeRecord | null> | null = null;

async function fetchMe(): Promise<MeRecord | null> {
  try {
    const { json } = await apiFetch(`${API_URL}/me`);
    saveUser(json as MeRecord);
    return json as MeRecord;
  } catch (error) {
    if ((error as { status?: number }).status === 401) return null;
    // The API is unreachable or refused for another reason: fall back to the stored rules.
    return readSession()?.user ?? null;
  }
}

function currentMe(): Promise<MeRecord | null> {
  if (!readSession()) {
    meLoad = null;
    return Promise.resolve(null);
  }
  meLoad ??= fetchMe();
  return meLoad;
}

function endSession(): void {
  clearSession();
  meLoad = null;
}

/**
 * Set once react-admin has been told the session is over and is on its way to the login page.
 * Its log-out resets the query cache right after asking the router to navigate; the reset asks
 * checkAuth again, and each refusal mounted another log-out before the navigation was rendered
 * (the address already read `#/login`), so the console pushed `#/login` thousands of times and
 * showed the form after 10-15 s. Until the login page is on screen, checkAuth answers nothing
 * (react-admin shows its loading page); without a session it could only refuse anyway.
 */
let leavingForLogin = false;
const untilLoginPage = () => new Promise<never>(() => undefined);

function refuseSignedOut(error: unknown): Promise<never> {
  // A page for signed-out people never goes to the login page, so waiting would never end: the
  // check stayed pending in react-query's cache after a language switch re-rendered the page, and
  // the session check after the second sign-in step waited on it for good.
  if (leavingForLogin && !onSignedOutPage()) return untilLoginPage();
  leavingForLogin = true;
  throw error;
}

/** The login page calls this once it is on screen: the next refusal redirects again. */
export function loginPageShown(): void {
  leavingForLogin = false;
}

export interface LoginParams {
  /** The e-mail address; react-admin's login form calls the field `username`. */
  username: string;
  password: string;
}

/** An invited staff member's first sign-in: the token from the link and the chosen password. */
export interface InvitationParams {
  invitationToken: string;
  password: string;
}

/** The second step of a sign-in: the code from the authenticator app (or a recovery code). */
export interface CodeParams {
  code: string;
}

const isInvitation = (params: LoginParams | InvitationParams | CodeParams): params is InvitationParams => typeof (params as InvitationParams).invitationToken === 'string';
const isCode = (params: LoginParams | InvitationParams | CodeParams): params is CodeParams => typeof (params as CodeParams).code === 'string';

/** Where the code page is; the password step sends staff there. */
export const CODE_STEP_PATH = '/sign-in/code';

/** A password step waiting for its second step, kept for this tab only. */
export interface PendingSignIn {
  kind: 'mfa' | 'enrol';
  token: string;
}
const PENDING_KEY = 'samverka.pendingSignIn';

export function readPendingSignIn(): PendingSignIn | null {
  try {
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingSignIn | null;
    return pending && (pending.kind === 'mfa' || pending.kind === 'enrol') && typeof pending.token === 'string' ? pending : null;
  } catch {
    return null;
  }
}

async function post(path: string, body: unknown): Promise<Response> {
  try {
    return await fetch(`${API_URL}/auth/${path}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error('ra.notification.http_error');
  }
}

/** Posts the sign-in step `params` stands for and answers the response, or throws a message key. */
async function postCredentials(params: LoginParams | InvitationParams | CodeParams): Promise<Response> {
  if (isCode(params)) {
    const pending = readPendingSignIn();
    if (!pending) throw new Error('samverka.mfa.expired');
    return pending.kind === 'mfa' ? post('login/mfa', { mfaToken: pending.token, code: params.code.trim() }) : post('mfa/enrol/confirm', { enrolmentToken: pending.token, code: params.code.trim() });
  }
  return isInvitation(params) ? post('accept-invitation', { token: params.invitationToken, password: params.password }) : post('login', { email: params.username.trim(), password: params.password });
}

/** Staff enrolling at their first sign-in: a new secret and recovery codes, shown once. */
export async function beginEnrolment(): Promise<MfaEnrolment> {
  const pending = readPendingSignIn();
  if (pending?.kind !== 'enrol') throw new Error('samverka.mfa.expired');
  const response = await post('mfa/enrol', { enrolmentToken: pending.token });
  const body = await parseJson(response);
  if (!response.ok) throw new Error(response.status === 401 ? 'samverka.mfa.expired' : messageOf(body, 'ra.notification.http_error'));
  return body as MfaEnrolment;
}

export const authProvider: AuthProvider = {
  /**
   * Signs in with e-mail and password, or (with `invitationToken`) accepts a staff invitation by
   * choosing a password; either way the answer is a session, stored the same way.
   */
  async login(params: LoginParams | InvitationParams | CodeParams) {
    const response = await postCredentials(params);
    if (!response.ok) {
      const body = await parseJson(response);
      if (response.status === 429) throw new Error('samverka.auth.too_many_attempts');
      if (isCode(params)) throw new Error(response.status === 401 ? 'samverka.mfa.wrong_code' : messageOf(body, 'ra.auth.sign_in_error'));
      // An HttpError keeps the body: the invitation page shows a refused password under its field.
      if (isInvitation(params)) throw new HttpError(messageOf(body, 'samverka.invitation.invalid'), response.status, body);
      if (response.status === 401) throw new Error('samverka.auth.invalid_credentials');
      throw new Error(messageOf(body, 'ra.auth.sign_in_error'));
    }
    const answer = (await parseJson(response)) as SignInAnswer;
    // Staff (and citizens who chose it) need a second step: the code page takes it from here.
    if ('mfaRequired' in answer || 'mfaEnrolmentRequired' in answer) {
      const pending: PendingSignIn = 'mfaRequired' in answer ? { kind: 'mfa', token: answer.mfaToken } : { kind: 'enrol', token: answer.enrolmentToken };
      sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
      return { redirectTo: CODE_STEP_PATH };
    }
    sessionStorage.removeItem(PENDING_KEY);
    const session = saveTokens(answer);
    meLoad = Promise.resolve(await settleAccountLanguage(session.user));
  },

  async logout() {
    const session = readSession();
    endSession();
    // react-admin navigates to the login page once this settles; checkAuth waits for it.
    leavingForLogin = true;
    if (!session) return;
    try {
      // Revokes the refresh token server-side; the local session is gone whatever it answers.
      await fetch(`${API_URL}/auth/logout`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          Authorization: `Bearer ${session.accessToken}`,
        },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
    } catch {
      // Offline: nothing more to do.
    }
  },

  async checkAuth() {
    // No notification on a first visit; an invalid session says "please sign in again".
    if (!readSession()) return refuseSignedOut({ message: false });
    const me = await currentMe();
    if (!me) {
      endSession();
      return refuseSignedOut(new Error('ra.auth.auth_check_error'));
    }
  },

  async checkError(error: { status?: number }) {
    // The http client has already tried a refresh, so a 401 here means the session is over.
    if (error?.status === 401) {
      endSession();
      // react-admin logs out and leaves for the login page now; checkAuth waits for it.
      leavingForLogin = true;
      throw new Error('ra.notification.logged_out');
    }
    // 403 means "not this": the person stays signed in and sees the error message.
  },

  async getIdentity(): Promise<UserIdentity> {
    const me = await currentMe();
    if (!me) throw new Error('ra.auth.auth_check_error');
    return { id: me.id, fullName: me.displayName, email: me.email };
  },

  async getPermissions() {
    return currentMe();
  },

  async canAccess({ action, resource, record }) {
    const me = await currentMe();
    if (!me) return false;
    return canAccessWith(me, { action, resource, record });
  },
};
