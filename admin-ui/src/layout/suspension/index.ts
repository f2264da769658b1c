export { RestrictedSessionGate } from './RestrictedSessionGate';
export { SuspendedMenu } from './SuspendedMenu';
export { SuspensionPage } from './SuspensionPage';
export { isRestricted, SUSPENSION_PATH } from './restricted-session';
