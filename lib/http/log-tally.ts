// Lines anyone can make a server write by repeating one request (a made-up server action, a forged session cookie):
// counted instead of written each time. Pure.

/** The first event is told at once, later ones at most once per `everyMs`, with how many came since the last line. */
export class LogTally {
  private count = 0;
  private toldAt = -Infinity;

  constructor(private readonly everyMs = 60_000) {}

  /** Counts one event; returns how many to report now (this one included), or null to stay quiet. */
  note(now = Date.now()): number | null {
    this.count += 1;
    if (now - this.toldAt < this.everyMs) return null;
    const count = this.count;
    this.count = 0;
    this.toldAt = now;
    return count;
  }
}
