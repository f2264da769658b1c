/** Every Bull queue, named once. */
export enum QueueName {
  /** Housekeeping: pruning expired sign-in sessions and the like. */
  Maintenance = 'maintenance',
  /** Sending e-mail. */
  Email = 'email',
  /** Escalating overdue cases, ending suspensions whose time is up. */
  Moderation = 'moderation',
}
