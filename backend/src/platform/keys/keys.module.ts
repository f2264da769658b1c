import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { Keys } from './keys.js';

/** The purpose keys derived from JWT_SECRET, once per process. */
@Module({
  providers: [{ provide: Keys, inject: [AppConfig], useFactory: (config: AppConfig) => new Keys(config.jwtSecret) }],
  exports: [Keys],
})
export class KeysModule {}
