import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Messages that name the field, with the path for nested fields (`areas.0.name must be ...`). */
function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => (parent && message.startsWith(error.property) ? `${parent}.${message}` : message));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** Unknown fields are refused, types are transformed, and every message names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    // One message per field: the first rule it breaks.
    stopAtFirstError: true,
    exceptionFactory: (errors) => new BadRequestException(flatten(errors)),
  });
}
