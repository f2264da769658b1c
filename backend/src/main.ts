import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
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
  const app = configureApp(await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true }), config);
  await app.listen(config.port);
}

bootstrap().catch((error: unknown) => {
  console.error(`samverka: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
