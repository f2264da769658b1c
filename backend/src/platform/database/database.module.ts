import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      // Migrations run at start, before any route answers.
      useFactory: (config: AppConfig) => ({ ...dataSourceOptions(config.databaseUrl, `samverka-${config.role}-${process.pid}`, config.databaseReadUrl), migrationsRun: true, retryAttempts: 3 }),
    }),
  ],
})
export class DatabaseModule {}
