/**
 * One handler instance of the load benchmark (bench/load.ts), in its own process: it loads the
 * deployed bundle as a Lambda container would (its environment is the container's), says
 * `ready`, then answers each `{ id, event }` message with `{ id, response }`. Turns run as they
 * come, several at once: the process stands for the containers of one memory, and a turn
 * waiting on the network must not hold the others.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

type Handler = (event: RequestEnvelope) => Promise<ResponseEnvelope>;

export type WorkerRequest = { id: number; event: RequestEnvelope };
export type WorkerReply = { id: number; response?: ResponseEnvelope; error?: string } | { ready: true };

function main(): void {
  const [bundle] = process.argv.slice(2);
  if (bundle === undefined || process.send === undefined) throw new Error('usage: node load-worker.js <bundle> (forked with IPC)');
  const { handler } = require(bundle) as { handler: Handler };
  const send = (reply: WorkerReply) => process.send?.(reply);
  process.on('message', (message: WorkerRequest) => {
    handler(message.event).then(
      (response) => send({ id: message.id, response }),
      (err: unknown) => send({ id: message.id, error: err instanceof Error ? err.message : String(err) }),
    );
  });
  // Ends with the parent: no orphan if the benchmark is interrupted.
  process.on('disconnect', () => process.exit(0));
  send({ ready: true });
}

main();
