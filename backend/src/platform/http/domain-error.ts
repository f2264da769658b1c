import { HttpStatus } from '@nestjs/common';

/**
 * A rule of the domain that a request broke. Each context subclasses it with its own code enum
 * and maps every code to an HTTP status; the error filter turns it into `{ statusCode, error, message }`.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  abstract get httpStatus(): HttpStatus;
}
