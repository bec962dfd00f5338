/**
 * The emulator's clock: real time plus an offset that tests move forward, so trials, expiries and
 * delayed outcomes can be reached without sleeping. The offset is persisted with the rest of the state.
 */
export class Clock {
  constructor(private offsetMs = 0) {}

  /** Unix seconds, the unit of every Stripe timestamp. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  advance(seconds: number): void {
    this.offsetMs += Math.round(seconds * 1000);
  }

  reset(): void {
    this.offsetMs = 0;
  }

  get offset(): number {
    return this.offsetMs;
  }
}
