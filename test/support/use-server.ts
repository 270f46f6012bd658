// The one server an integration test file shares: started before its tests, stopped (and its
// data removed) after them.
import { afterAll, beforeAll } from 'vitest';
import { AdminClient } from './admin-client.js';
import { removeDataDir, startServer, type ServerProcess } from './server-process.js';

export interface SharedServer {
  readonly server: ServerProcess;
  readonly admin: AdminClient;
}

/** Registers the hooks; `onStart` receives the server once it listens. */
export function useServer(onStart: (started: SharedServer) => void): void {
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    server = await startServer();
    onStart({ server, admin: new AdminClient(server.url, server.adminToken) });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });
}
