/** An expected failure of a local service: the message is one line that says what to do. */
export class ServiceError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ServiceError';
    this.expected = true;
  }
}
