import { useEffect, useRef } from 'react';
import { useLocaleState, usePermissions } from 'react-admin';
import { LANGUAGES, type Language, type MeRecord } from '@samverka/shared';
import { API_URL, apiFetch } from '../providers/http-client';

/**
 * Stores the language a person picks in the console's switcher on their account (PATCH /api/me),
 * so that what Samverka writes to them (e-mails, decisions, notes) comes in that language too.
 * The console opens in the saved language at sign-in (providers/account-language.ts); after that
 * only the person's own switch changes it.
 */
export const LanguagePreference = () => {
  const [locale] = useLocaleState();
  const { permissions } = usePermissions<MeRecord | null>();
  const stored = useRef<Language | undefined>(undefined);
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!permissions) return;
    stored.current ??= permissions.language;
    // Only a switch made on this page counts: the locale the console opened in is no choice.
    if (seen.current === undefined) {
      seen.current = locale;
      return;
    }
    if (locale === seen.current) return;
    seen.current = locale;
    if (!LANGUAGES.includes(locale as Language) || locale === stored.current) return;
    stored.current = locale as Language;
    apiFetch(`${API_URL}/me`, { method: 'PATCH', body: JSON.stringify({ language: locale }) }).catch(() => {
      // Not stored: the next switch tries again.
      stored.current = undefined;
    });
  }, [locale, permissions]);
  return null;
};
