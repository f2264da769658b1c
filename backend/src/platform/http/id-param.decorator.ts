import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A `:id` path parameter that must be a UUID; anything else is a 400 that names it. */
export const UuidParam = (name = 'id') => Param(name, new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException(`${name} must be a UUID`) }));

/** A `:id` that is a positive bigint sequence number (kept as a string: it may exceed 2^53). */
export const SequenceParam = (name = 'id') =>
  Param(name, {
    transform(value: string) {
      if (!/^[1-9][0-9]{0,17}$/.test(value)) throw new BadRequestException(`${name} must be a positive whole number`);
      return value;
    },
  });
