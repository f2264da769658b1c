import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { ConfigError, loadConfig } from './platform/config/app-config.js';
import { configureApp } from './platform/http/configure-app.js';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`samverka: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const module = AppModule.forRole(config);
  if (!config.servesHttp) {
    // A worker: no HTTP port, only the queues, the schedules and the outbox dispatcher.
    const worker = await NestFactory.createApplicationContext(module, { bufferLogs: true });
    worker.useLogger(worker.get(Logger));
    worker.enableShutdownHooks();
    await worker.init();
    worker.get(Logger).log(`running the job workers (process ${process.pid}), no HTTP port`, 'Bootstrap');
    return;
  }
  const app = configureApp(await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true }), config);
  await app.listen(config.port);
}

bootstrap().catch((error: unknown) => {
  console.error(`samverka: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
