/**
 * Who is writing, for the audit log: looked up once per run and cached; a failure (no permission, no
 * network) leaves it unknown instead of failing the write.
 */
export class CallerIdentity {
  #pending: Promise<string | undefined> | undefined;
  readonly #lookup: () => Promise<string | undefined>;

  constructor(lookup: () => Promise<string | undefined>) {
    this.#lookup = lookup;
  }

  get(): Promise<string | undefined> {
    this.#pending ??= this.#lookup().catch(() => undefined);
    return this.#pending;
  }
}
