import { describe, expect, it } from '@jest/globals';
import { luhnValid, organisationNumberProblem, workingDaysBetween } from './organisations.js';

describe(organisationNumberProblem.name, () => {
  it('accepts the Police Authority and a municipality with a correct check digit', () => {
    expect(organisationNumberProblem('202100-0076', 'police')).toBeNull();
    expect(organisationNumberProblem('212000-0225', 'municipality')).toBeNull();
  });

  it('refuses a wrong format, a wrong check digit, and a police number outside group 2', () => {
    expect(organisationNumberProblem('2021000076')).toBe('must be written NNNNNN-NNNN');
    expect(organisationNumberProblem('202100-0077')).toBe('has a wrong check digit');
    expect(organisationNumberProblem('556036-0793', 'security_company')).toBeNull();
    expect(organisationNumberProblem('556036-0793', 'police')).toBe('must start with 2 for type police');
  });
});

describe(luhnValid.name, () => {
  it('checks the modulus 10 sum', () => {
    expect(luhnValid('5560360793')).toBe(true);
    expect(luhnValid('5560360794')).toBe(false);
  });
});

describe(workingDaysBetween.name, () => {
  it('counts Monday to Friday only', () => {
    // Friday 2026-11-27 to Monday 2026-11-30: one working day.
    expect(workingDaysBetween(new Date('2026-11-27T10:00:00Z'), new Date('2026-11-30T09:00:00Z'))).toBe(1);
    expect(workingDaysBetween(new Date('2026-11-23T10:00:00Z'), new Date('2026-11-30T09:00:00Z'))).toBe(5);
  });
});
