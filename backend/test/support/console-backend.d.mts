export function startConsoleBackend(options: { databaseUrl: string; redisUrl: string; mailDir: string; env?: Record<string, string> }): Promise<{ baseUrl: string; stop(): Promise<void> }>;
