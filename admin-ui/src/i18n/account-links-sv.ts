import type { accountLinksEn } from './account-links-en';

/** Sidorna bakom kontots e-post (samverka.account.*) på svenska; samma nycklar som account-links-en.ts. */
export const accountLinksSv: typeof accountLinksEn = {
  forgot_link: 'Glömt lösenordet?',
  back_to_sign_in: 'Tillbaka till inloggningen',
  sign_in: 'Logga in',
  email: 'E-postadress',
  too_many: 'För många försök härifrån: vänta en stund och försök igen.',
  confirm: {
    title: 'Bekräfta din e-postadress',
    confirming: 'Bekräftar din adress …',
    confirmed: 'Din e-postadress är bekräftad. Nu kan du logga in.',
    invalid: 'Länken har gått ut eller har redan använts. Har du redan bekräftat din adress loggar du bara in. Annars anger du din e-postadress så skickar vi en ny länk.',
    resend: 'Skicka en ny länk',
    resent: 'Om ett konto med den här adressen väntar på bekräftelse är en ny länk på väg. Titta även i skräpposten.',
    failed: 'Adressen kunde inte bekräftas just nu (%{message}). Öppna länken igen om en stund.',
  },
  reset: {
    title: 'Välj ett nytt lösenord',
    intro: 'Välj ett nytt lösenord på minst %{min} tecken. Du loggas ut överallt där du är inloggad.',
    password: 'Nytt lösenord',
    repeat: 'Nytt lösenord igen',
    mismatch: 'Lösenorden är inte likadana',
    submit: 'Spara det nya lösenordet',
    done: 'Ditt lösenord är bytt: logga in med det.',
    invalid: 'Länken har gått ut eller har redan använts. Be om en ny.',
    ask_again: 'Be om en ny länk',
  },
  forgot: {
    title: 'Glömt lösenordet?',
    intro: 'Ange e-postadressen till ditt konto så skickar vi en länk där du väljer ett nytt lösenord.',
    submit: 'Skicka länken',
    sent: 'Om ett konto har den här adressen är en länk för att välja ett nytt lösenord på väg. Den fungerar en gång, inom en timme. Titta även i skräpposten.',
  },
  certificate: {
    title: 'Ditt raderingsintyg',
    loading: 'Hämtar intyget …',
    intro:
      'Det här är intyget över raderingen av ditt konto i Samverka, samma som vi skickade till dig med e-post. Det visar vad som raderades och vad som sparades och varför. Intyget är skrivet på engelska.',
    issued: 'Utfärdat %{date}',
    check_clean:
      'Vi har sökt igenom hela databasen efter raderingen: inget av dina uppgifter finns kvar utöver det som intyget räknar upp (hänvisningar som sparas avsiktligt eller under rättsligt bevarande: %{allowed}).',
    check_hits: 'Vi har sökt igenom hela databasen efter raderingen och hittade uppgifter om dig som borde ha raderats (ställen: %{hits}). Plattformens ägare ser samma resultat och ska radera dem.',
    check_pending: 'Genomsökningen av hela databasen görs strax efter att intyget har skickats. Öppna länken igen senare för att se resultatet.',
    sha256: 'Intygets kontrollsumma (SHA-256): %{sha256}',
    not_found: 'Det finns inget intyg bakom den här länken. Öppna hela länken från e-postmeddelandet: en lång länk delas ibland upp på två rader.',
    failed: 'Intyget kunde inte hämtas just nu (%{message}). Försök igen om en stund.',
  },
};
