import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

/** For the TypeORM CLI (`npm run migration:run -w backend`), on the compiled output: as the owner role when there is one. */
const config = loadConfig();
export default new DataSource(dataSourceOptions(config.databaseMigrationUrl ?? config.databaseUrl));
