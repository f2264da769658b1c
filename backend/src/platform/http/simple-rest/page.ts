/** One page of a list, with the total of all rows the caller may see. */
export class Page<T> {
  constructor(
    readonly resource: string,
    readonly items: T[],
    readonly offset: number,
    readonly total: number,
  ) {}

  /** `users 0-24/319`, as ra-data-simple-rest reads it. */
  get contentRange(): string {
    if (this.items.length === 0) return `${this.resource} */${this.total}`;
    return `${this.resource} ${this.offset}-${this.offset + this.items.length - 1}/${this.total}`;
  }
}
