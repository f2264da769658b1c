import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';

const byEmail = (email: string) => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
};

/** The demo people, by what they are in the tests. */
export const demo = {
  owner: byEmail('owner@demo.samverka.se'),
  moderator: byEmail('moderator@demo.samverka.se'),
  coordinatorSigtuna: byEmail('coordinator.sigtuna@demo.samverka.se'),
  coordinatorStrangnas: byEmail('coordinator.strangnas@demo.samverka.se'),
  citizenSigtuna: byEmail('citizen@demo.samverka.se'),
  residentStrangnas: byEmail('resident.strangnas@demo.samverka.se'),
  coordinatorSigtuna2: byEmail('coordinator2.sigtuna@demo.samverka.se'),
  officerSigtuna: byEmail('officer.sigtuna@demo.samverka.se'),
};

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
