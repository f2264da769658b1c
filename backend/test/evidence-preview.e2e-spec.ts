import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PDF = Buffer.from('%PDF-1.4\n% stadgar för föreningen\n%%EOF\n');

describe('Evidence previews in the console', () => {
  let t: TestApp;
  let coordinator: string;
  let applicationId: string;
  let fileId: string;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    const applicant = await newCitizen(t);
    const applied = await t.http
      .post('/api/verification-applications')
      .set(bearer(applicant.token))
      .send({
        name: `Föreningen Grannsamverkan ${Date.now()}`,
        type: 'night_walkers',
        organisationNumber: '802400-0005',
        title: 'Ordförande',
        municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna],
        message: 'Vi vill nå grannarna i Märsta med verifierade inlägg.',
      });
    expect(applied.status).toBe(201);
    applicationId = applied.body.id;
    const uploaded = await t.http.post(`/api/verification-applications/${applicationId}/evidence`).set(bearer(applicant.token)).attach('file', PDF, 'stadgar.pdf');
    expect(uploaded.status).toBe(201);
    fileId = uploaded.body.evidence[0].id;
  });
  afterAll(() => t.close());

  it('gives a reviewer a short-lived link that shows the PDF inline, with its type, nosniff and a sandboxing CSP', async () => {
    const link = await t.http.get(`/api/verification-applications/${applicationId}/evidence/${fileId}/preview-link`).set(bearer(coordinator));
    expect(link.status).toBe(200);
    expect(link.body).toMatchObject({ url: expect.stringMatching(/^\/api\/evidence-previews\//), contentType: 'application/pdf' });
    expect(Date.parse(link.body.expiresAt) - Date.now()).toBeLessThanOrEqual(120_000);

    // Opened without a bearer token, as an iframe does.
    const shown = await t.http.get(link.body.url);
    expect(shown.status).toBe(200);
    expect(shown.headers['content-type']).toBe('application/pdf');
    expect(shown.headers['content-disposition']).toBe('inline');
    expect(shown.headers['x-content-type-options']).toBe('nosniff');
    expect(shown.headers['content-security-policy']).toMatch(/^sandbox; default-src 'none';.* object-src 'self'/);
    expect(shown.headers['cache-control']).toBe('no-store');

    // The download stays an attachment.
    const download = await t.http.get(`/api/verification-applications/${applicationId}/evidence/${fileId}`).set(bearer(coordinator));
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('refuses a forged, altered or expired link, and a link to anyone who may not read the application', async () => {
    const link = (await t.http.get(`/api/verification-applications/${applicationId}/evidence/${fileId}/preview-link`).set(bearer(coordinator))).body.url as string;
    const [, , , token] = link.split('/');
    const [file, expires, signature] = token.split('.');
    expect((await t.http.get(`/api/evidence-previews/${file}.${Number(expires) + 60_000}.${signature}`)).status).toBe(404);
    expect((await t.http.get(`/api/evidence-previews/${file}.${Date.now() - 1}.${signature}`)).status).toBe(404);
    expect((await t.http.get('/api/evidence-previews/nonsense')).status).toBe(404);
    const strangnas = (await t.signIn(demo.coordinatorStrangnas.email)).accessToken;
    expect((await t.http.get(`/api/verification-applications/${applicationId}/evidence/${fileId}/preview-link`).set(bearer(strangnas))).status).toBe(404);
  });

  it('lets the console frame its own previews and nothing else', async () => {
    const csp = (await t.http.get('/api/health')).headers['content-security-policy'];
    expect(csp).toContain("frame-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });
});
