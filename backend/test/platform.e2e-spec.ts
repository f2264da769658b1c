import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('The platform: health, API description, errors and the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports PostgreSQL and Redis as up, with a request id on the response', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', postgresql: { status: 'up' }, redis: { status: 'up' } });
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await t.http.get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('describes every route in OpenAPI, each with its responses', async () => {
    const response = await t.http.get('/api/docs-json');
    expect(response.status).toBe(200);
    const paths = response.body.paths as Record<string, Record<string, { responses: Record<string, unknown>; 'x-samverka-policy'?: string }>>;
    for (const path of ['/api/auth/login', '/api/me', '/api/users', '/api/users/{id}/suspend', '/api/municipalities', '/api/audit-events', '/api/health']) {
      expect(Object.keys(paths)).toContain(path);
    }
    for (const [path, operations] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method} ${path}`, documented: Object.keys(operation.responses).length > 0, policy: typeof operation['x-samverka-policy'] }).toEqual({
          route: `${method} ${path}`,
          documented: true,
          policy: 'string',
        });
      }
    }
    expect(response.body.components.schemas.UserRecordDto.properties).toHaveProperty('homeMunicipalityId');
  });

  it('answers an unknown route with the usual error shape', async () => {
    const response = await t.http.get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('refuses to update, delete or truncate audit rows, even in SQL', async () => {
    await t.db.query(`INSERT INTO audit_events (action) VALUES ('test.event')`);
    // The application role has no such privilege; the owner meets the trigger.
    for (const sql of [`UPDATE audit_events SET reason = 'rewritten'`, `DELETE FROM audit_events`, `TRUNCATE audit_events`]) {
      await expect(t.db.query(sql)).rejects.toThrow(/permission denied/);
      await expect(t.ownerDb.query(sql)).rejects.toThrow(/append-only/);
    }
  });
});

describe('Health when Redis is down', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: Redis is unreachable from the start.
    t = await createTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('answers 503 and names Redis, while PostgreSQL stays up', async () => {
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({ status: 'error', message: 'redis is down', postgresql: { status: 'up' }, redis: { status: 'down' } });
  });
});
