import { LANGUAGES, type Language, type MeRecord } from '@samverka/shared';
import { consoleStore } from './console-store';
import { API_URL, apiFetch } from './http-client';
import { readSession, saveUser } from './session-store';

/** react-admin keeps the console's language in its store under this key. */
const LOCALE_KEY = 'locale';
/** A language picked on the signed-out pages of this tab, waiting for the sign-in. */
const CHOICE_KEY = 'samverka.languageChoice';

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

// A switch made while nobody is signed in is a choice made on the login page (or another signed-out
// page). A switch while signed in is LanguagePreference's to save, and a reset of the store at
// sign-out (undefined) is no choice at all.
consoleStore.subscribe(LOCALE_KEY, (locale: unknown) => {
  if (!readSession() && isLanguage(locale)) sessionStorage.setItem(CHOICE_KEY, locale);
});

function takeChoice(): Language | null {
  const choice = sessionStorage.getItem(CHOICE_KEY);
  sessionStorage.removeItem(CHOICE_KEY);
  return isLanguage(choice) ? choice : null;
}

/**
 * At sign-in, makes the console's language and the account's saved language (users.language)
 * agree, and answers the person with the language that holds. A language chosen on the login page
 * in this tab wins, as the person's latest word, and is saved on the account (so e-mails follow
 * it); otherwise the console switches to the saved language, whatever it happened to open in.
 */
export async function settleAccountLanguage(user: MeRecord): Promise<MeRecord> {
  const choice = takeChoice();
  if (choice && choice !== user.language) {
    try {
      await apiFetch(`${API_URL}/me`, { method: 'PATCH', body: JSON.stringify({ language: choice }) });
    } catch {
      // Not saved: the console keeps the choice for now and the next switch saves it.
      return user;
    }
    const chosen = { ...user, language: choice };
    saveUser(chosen);
    return chosen;
  }
  if (consoleStore.getItem(LOCALE_KEY) !== user.language) consoleStore.setItem(LOCALE_KEY, user.language);
  return user;
}
