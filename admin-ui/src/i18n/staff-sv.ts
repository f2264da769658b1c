import type { staffEn } from './staff-en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Issue 17:s texter på svenska, under `samverka.staff` (samma nycklar som staff-en.ts). */
export const staffSv: Shape<typeof staffEn> = {
  evidence: {
    preview_failed: 'Förhandsvisningen kunde inte öppnas: ladda ner filen i stället.',
    image_alt: 'Underlag: %{name}',
    pdf_title: 'Underlag (PDF): %{name}',
  },
  decision: {
    approve: 'Godkänd',
    reject: 'Avslagen',
    request_info: 'Bad om mer information',
  },
  people: {
    member_since: 'På Samverka sedan',
    municipality: 'Kommun',
    mutual_groups: 'Gemensamma grupper med dig',
  },
  ban_history: {
    title: 'Tidigare avstängningar',
    intro: 'Avstängningar som inte längre gäller: vem som hävde dem, när och varför, eller att de löpte ut.',
    none: 'Inga tidigare avstängningar.',
    lifted_at: 'Hävd',
    expired: 'Löpte ut',
    lifted_by: 'Hävd av',
    lift_reason: 'Varför',
  },
  invitation: {
    sent: 'En inbjudan har skickats med e-post till %{email}. Länken fungerar en gång; personen väljer ett lösenord och ställer in tvåstegsinloggning.',
  },
  enrol: {
    qr_title: 'QR-kod för din autentiseringsapp',
    copy: 'Kopiera koderna',
    copied: 'Återställningskoderna är kopierade',
    copy_failed: 'Webbläsaren tillät inte kopiering: markera koderna eller ladda ner dem',
    download: 'Ladda ner koderna',
    file_heading: 'Återställningskoder för Samverka. Varje kod fungerar en gång i stället för koden från appen.',
    saved: 'Jag har sparat mina återställningskoder på ett säkert ställe',
  },
  certificate: {
    button: 'Raderingsintyg',
    title: 'Raderingsintyg',
    issued: 'Utfärdat %{date}',
    sha256: 'SHA-256: %{sha256}',
    check_clean: 'Genomsökning av hela databasen efter raderingen: inget kvar (%{allowed} hänvisningar sparas avsiktligt eller under rättsligt bevarande)',
    check_hits: 'Genomsökning av hela databasen efter raderingen: %{hits} rester hittades. Kör raderingskontrollen och radera dem.',
    check_pending: 'Genomsökningen av hela databasen görs när intyget har skickats.',
    close: 'Stäng',
  },
};
