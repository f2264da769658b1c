export default async function consoleServerTeardown() {
  await globalThis.__samverkaConsoleServer?.stop();
}
