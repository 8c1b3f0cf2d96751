/**
 * Lines from a readable stream, one at a time, on demand: the console reads the customer's
 * next utterance and, in the middle of a turn, the answer to a purchase question, from a
 * terminal or a pipe alike.
 */
import { createInterface, type Interface } from 'node:readline';

export class LineReader {
  private readonly queue: string[] = [];
  private readonly waiting: Array<(line: string | undefined) => void> = [];
  private closed = false;
  readonly rl: Interface;

  constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream | undefined, terminal: boolean) {
    this.rl = createInterface({ input, ...(output === undefined ? {} : { output }), terminal });
    this.rl.on('line', (line) => {
      const next = this.waiting.shift();
      if (next === undefined) this.queue.push(line);
      else next(line);
    });
    this.rl.on('close', () => {
      this.closed = true;
      for (const next of this.waiting.splice(0)) next(undefined);
    });
  }

  /** The next line, or undefined at end of input. */
  next(prompt = ''): Promise<string | undefined> {
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.closed) return Promise.resolve(undefined);
    if (prompt !== '') {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): void {
    this.rl.close();
  }
}
