/** Environment variables a test changes, saved before each test and put back after it. */
export function manageEnv(names: readonly string[]): void {
  const saved = new Map<string, string | undefined>();
  beforeEach(() => {
    for (const name of names) saved.set(name, process.env[name]);
  });
  afterEach(() => {
    for (const name of names) {
      const value = saved.get(name);
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}
