import { dropDatabase } from './services.mjs';

export default async function globalTeardown() {
  const services = globalThis.__samverkaTestServices;
  if (!services) return;
  await dropDatabase(services.databaseUrl, services.template);
  await services.stop();
}
