/** Shared by the emulators: stop a loopback server now, open keep-alive sockets and pending delays included. */
import type { Server } from 'node:http';

export function closeServer(server: Server, timers?: Set<NodeJS.Timeout>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    for (const timer of timers ?? []) clearTimeout(timer);
    timers?.clear();
    server.closeAllConnections();
    server.close((err) => (err ? reject(err) : resolve()));
  });
}
