export declare const ROOT: string;
export declare const TEST_DEMO_PASSWORD: string;
export declare const TEST_TOTP_SECRET: string;
export declare const TEST_MFA_ENCRYPTION_KEY: string;
export declare function acquireServices(): Promise<{ databaseUrl: string; redisUrl: string; stop(): Promise<void> }>;
export declare function withDatabase(url: string, database: string): string;
export declare function createTemplateDatabase(serverUrl: string): Promise<string>;
export declare function cloneDatabase(serverUrl: string, template: string): Promise<string>;
export declare function dropDatabase(serverUrl: string, name: string): Promise<void>;
