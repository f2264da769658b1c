/** Every Bull queue, named once. */
export enum QueueName {
  /** Housekeeping: pruning expired sign-in sessions and the like. */
  Maintenance = 'maintenance',
  /** Sending e-mail. */
  Email = 'email',
  /** Organisation badges: renewal reminders and expiry. */
  Verification = 'verification',
  /** Escalating overdue cases, ending suspensions whose time is up. */
  Moderation = 'moderation',
  /** Dashboard rollups. */
  Insights = 'insights',
  /** The monthly report per municipality (lägesbild). */
  Lagesbild = 'lagesbild',
  /** GDPR: building exports, erasing people after their grace period, retention. */
  Privacy = 'privacy',
  /** The audit chain's checkpoints outside the database. */
  Audit = 'audit',
  /** Orders from authorities: withheld statements whose time has come, overdue alerts. */
  AuthorityOrders = 'authority-orders',
}
