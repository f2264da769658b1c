import { describe, expect, it } from '@jest/globals';
import { BadRequestException } from '@nestjs/common';
import { IsOptional, IsUUID } from 'class-validator';
import { MAX_PAGE_SIZE, parseListQuery, type ListSpec } from './list-query.js';

class Filter {
  @IsOptional() @IsUUID('all', { message: '$property must be a UUID' }) municipalityId?: string;
}
const spec: ListSpec<Filter> = { resource: 'things', sortable: ['name', 'createdAt'], defaultSort: { field: 'createdAt', order: 'DESC' }, filter: Filter };

const messageOf = (query: Record<string, unknown>): string => {
  try {
    parseListQuery(spec, query);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return JSON.stringify((error as BadRequestException).getResponse());
  }
  throw new Error('expected a 400');
};

describe(parseListQuery.name, () => {
  it('reads sort, range and filter in the simple REST dialect', () => {
    const query = parseListQuery(spec, { sort: '["name","asc"]', range: '[25,49]', filter: '{"municipalityId":"00000000-0000-4000-8000-000000000191"}' });
    expect(query).toEqual({ sort: { field: 'name', order: 'ASC' }, offset: 25, limit: 25, filter: { municipalityId: '00000000-0000-4000-8000-000000000191' } });
  });

  it('uses the default sort and the first page of 25 when nothing is given', () => {
    expect(parseListQuery(spec, {})).toMatchObject({ sort: { field: 'createdAt', order: 'DESC' }, offset: 0, limit: 25 });
  });

  it('names the parameter that is wrong', () => {
    expect(messageOf({ sort: '["password","ASC"]' })).toMatch(/sort field must be one of: name, createdAt/);
    expect(messageOf({ sort: '["name","SIDEWAYS"]' })).toMatch(/sort order must be ASC or DESC/);
    expect(messageOf({ sort: 'name' })).toMatch(/sort must be valid JSON/);
    expect(messageOf({ range: '[10,5]' })).toMatch(/range must be/);
    expect(messageOf({ range: '[-1,5]' })).toMatch(/range must be/);
    expect(messageOf({ range: `[0,${MAX_PAGE_SIZE}]` })).toMatch(/at most 500 rows/);
    expect(messageOf({ filter: '[1]' })).toMatch(/filter must be a JSON object/);
    expect(messageOf({ filter: '{"municipalityId":"x"}' })).toMatch(/filter.municipalityId must be a UUID/);
    expect(messageOf({ filter: '{"password":"x"}' })).toMatch(/filter.property password should not exist/);
    expect(messageOf({ sort: ['["name","ASC"]', '["name","DESC"]'] })).toMatch(/sort must be given once/);
    // A NUL as a JSON escape passes the URL check; PostgreSQL text cannot hold it.
    expect(messageOf({ filter: '{"municipalityId":"a\\u0000"}' })).toMatch(/filter must not contain a NUL character/);
    expect(messageOf({ sort: '["name\\u0000","ASC"]' })).toMatch(/sort must not contain a NUL character/);
    expect(messageOf({ filter: `{"municipalityId":${'['.repeat(3000)}${']'.repeat(3000)}}` })).toMatch(/filter must not nest deeper than 16 levels/);
  });
});
