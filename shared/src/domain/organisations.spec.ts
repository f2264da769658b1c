import { describe, expect, it } from '@jest/globals';
import { luhnValid, organisationNumberProblem } from './organisations.js';

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
