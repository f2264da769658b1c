import { applyDecorators, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import type { Request } from 'express';
import { parseListQuery, type ListSpec } from './list-query.js';

/** Injects the validated `sort`/`range`/`filter` of a simple-REST list request. */
export const ListParams = createParamDecorator((spec: ListSpec<object>, context: ExecutionContext) =>
  parseListQuery(spec, context.switchToHttp().getRequest<Request>().query as Record<string, unknown>),
);

/** OpenAPI for a simple-REST list route: its three query parameters and the row type. */
export function ListEndpoint(spec: ListSpec<object>, row: new () => object) {
  return applyDecorators(
    ApiQuery({
      name: 'sort',
      required: false,
      description: `JSON ["field","ASC"|"DESC"]; fields: ${spec.sortable.join(', ')}`,
      example: JSON.stringify([spec.defaultSort.field, spec.defaultSort.order]),
    }),
    ApiQuery({ name: 'range', required: false, description: 'JSON [first, last], zero-based and inclusive', example: '[0,24]' }),
    ApiQuery({ name: 'filter', required: false, description: 'JSON object of filters', type: spec.filter }),
    ApiOkResponse({ type: [row], headers: { 'Content-Range': { description: `${spec.resource} first-last/total`, schema: { type: 'string' } } } }),
  );
}
