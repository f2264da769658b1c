/** Kommunkoder of the municipalities seeded for the demo and the tests. */
export const MunicipalityCode = {
  Stockholm: '0180',
  Sigtuna: '0191',
  Strangnas: '0486',
} as const;
export type MunicipalityCode = (typeof MunicipalityCode)[keyof typeof MunicipalityCode];

/** A kommunkod is four digits. */
export const MUNICIPALITY_CODE_PATTERN = /^\d{4}$/;
