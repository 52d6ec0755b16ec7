/**
 * Office.js batches: every queued call travels in the next `context.sync()` request, and Excel on the
 * web rejects a request over 5 MB. A write is planned as steps with an estimated size, packed into as
 * few requests as fit a budget (4 MB, headroom under the limit). The sync count then grows with bytes,
 * never with rows or cells.
 */
import { utf8Bytes } from "./officeValues";

export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Rows per values block, at most (Microsoft's guidance for large ranges: 5k–20k rows). */
export const MAX_BLOCK_ROWS = 20_000;
/** Generous per-call overhead: object path, method name, JSON punctuation. */
const CALL_OVERHEAD_BYTES = 120;

export interface Step {
  readonly bytes: number;
  readonly apply: () => void;
}

/** Estimated request size of `calls` queued calls carrying `args`. */
export function estimateBytes(calls: number, args: unknown): number {
  return calls * CALL_OVERHEAD_BYTES + utf8Bytes(JSON.stringify(args ?? null));
}

export class RequestPlan {
  private readonly packs: Step[][] = [[]];
  private packBytes = 0;

  constructor(private readonly budget = REQUEST_BUDGET_BYTES) {}

  /** Requests fully synced so far by `run`. */
  synced = 0;

  /** Adds a step; returns the index of the request it travels in. */
  add(bytes: number, apply: () => void): number {
    if (bytes > this.budget) throw new Error(`One Office.js call of ${bytes} bytes exceeds the request budget`);
    if (this.packBytes + bytes > this.budget && this.current.length > 0) {
      this.packs.push([]);
      this.packBytes = 0;
    }
    this.current.push({ bytes, apply });
    this.packBytes += bytes;
    return this.packs.length - 1;
  }

  private get current(): Step[] {
    return this.packs[this.packs.length - 1]!;
  }

  get requests(): readonly (readonly Step[])[] {
    return this.packs.filter((p) => p.length > 0);
  }

  /** Queue each request's calls, then sync: one sync per request, never per row or cell. */
  async run(sync: () => Promise<void>): Promise<void> {
    for (const pack of this.requests) {
      for (const step of pack) step.apply();
      // Bounded by bytes / budget (usually one): the blocks exist to keep each request under the limit.
      await sync();
      this.synced++;
    }
  }
}

/**
 * Split rows into blocks of at most MAX_BLOCK_ROWS rows whose JSON stays within `budget` bytes.
 * Returns [start, end) row pairs.
 */
export function rowBlocks(rowBytes: readonly number[], budget: number): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((b, r) => {
    if (r > start && (bytes + b > budget || r - start >= MAX_BLOCK_ROWS)) {
      blocks.push([start, r]);
      start = r;
      bytes = 0;
    }
    bytes += b;
  });
  if (rowBytes.length > start) blocks.push([start, rowBytes.length]);
  return blocks;
}
