import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { migrateAsOwner, runMigrationsExclusively } from './run-migrations.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        // Split roles: the owner migrates and grants, and the service then runs as the application role.
        if (config.databaseMigrationUrl) await migrateAsOwner(config.databaseMigrationUrl, config.databaseUrl);
        return { ...dataSourceOptions(config.databaseUrl, `samverka-${config.role}-${process.pid}`, config.databaseReadUrl), retryAttempts: 3 };
      },
      // Migrations run at start, before any route answers, one instance at a time (with split
      // roles the owner has run them already, and this finds nothing left to do).
      dataSourceFactory: async (options) => {
        const db = await new DataSource(options!).initialize();
        try {
          await runMigrationsExclusively(db);
          return db;
        } catch (error) {
          await db.destroy();
          throw error;
        }
      },
    }),
  ],
})
export class DatabaseModule {}
