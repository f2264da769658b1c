/** The languages a person reads Samverka in: Swedish unless they chose English. */
export const Language = { Swedish: 'sv', English: 'en' } as const;
export type Language = (typeof Language)[keyof typeof Language];
export const LANGUAGES: readonly Language[] = Object.values(Language);
export const DEFAULT_LANGUAGE: Language = Language.Swedish;
