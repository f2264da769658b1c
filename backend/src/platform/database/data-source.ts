import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

/** For the TypeORM CLI (`npm run migration:run -w backend`), on the compiled output. */
export default new DataSource(dataSourceOptions(loadConfig().databaseUrl));
