/** Ids the Foundation migration gives the seeded municipalities (kommunkod in the last digits). */
export const SEEDED_MUNICIPALITY_IDS = {
  stockholm: '00000000-0000-4000-8000-000000000180',
  sigtuna: '00000000-0000-4000-8000-000000000191',
  strangnas: '00000000-0000-4000-8000-000000000486',
} as const;
