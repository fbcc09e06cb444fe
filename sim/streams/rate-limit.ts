/** Incoming-message limit of one connection: at most `limit` messages in any one second. */
export class RateLimiter {
  private readonly times: number[] = [];

  constructor(private readonly limit: number) {}

  /** Records a message; true when it goes beyond the limit. */
  hit(now: number): boolean {
    this.times.push(now);
    while (this.times.length > 0 && this.times[0]! <= now - 1000) this.times.shift();
    return this.times.length > this.limit;
  }
}
