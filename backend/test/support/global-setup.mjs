import { acquireServices, createTemplateDatabase } from './services.mjs';

/** Finds or starts PostgreSQL and Redis, and migrates one template database for all test files. */
export default async function globalSetup() {
  const services = await acquireServices();
  const template = await createTemplateDatabase(services.databaseUrl);
  process.env.SAMVERKA_TEST_SERVER_URL = services.databaseUrl;
  process.env.SAMVERKA_TEST_TEMPLATE = template;
  process.env.REDIS_URL = services.redisUrl;
  globalThis.__samverkaTestServices = { ...services, template };
}
