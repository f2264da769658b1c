export * from './domain/roles.js';
export * from './domain/user-status.js';
export * from './domain/audit-actions.js';
export * from './domain/municipality-codes.js';
export * from './domain/records.js';
export * from './access/subjects.js';
export * from './access/rules.js';
