import type { staffEn } from './staff-en';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Issue 17:s texter på svenska, under `samverka.staff` (samma nycklar som staff-en.ts). */
export const staffSv: Shape<typeof staffEn> = {
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
