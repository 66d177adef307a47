/**
 * First come, first answered: interactions wait in arrival order and are worked out one at a time, each in a
 * turn of the event loop of its own, so the reply of one leaves before the next is worked out.
 *
 * Why a queue at all: the gateway delivers a burst in large reads (the `ws` library emits every frame of a
 * read in the same tick, and @discordjs/ws hands each on after a couple of microtasks), so a handler that
 * answers inside the event works out every answer of the read before the first request can reach the
 * network. Here the event only enqueues; each turn works out one answer, starts sending it, and yields with
 * setImmediate, which lets the poll phase write that request and read the next gateway frames.
 *
 * Discord drops an interaction not acknowledged within 3 seconds of its creation, so before each turn the
 * queue acknowledges (defers) every waiting interaction whose turn will not come before the age limit: by
 * the pace turns are taking now (the median of the latest times from one turn to the next, which counts
 * whatever else the process and the machine do), or because it has reached the limit already. Deferring as
 * soon as it is foreseeable, not at the limit, leaves the deferral the most time to reach Discord when the
 * process is starved of CPU. Its answer then follows as an edit in its turn, so edits leave oldest first. An
 * interaction that cannot be acknowledged ahead (an autocomplete, a button whose answer is a new message) is
 * run out of turn once it reaches the limit: those are cheap.
 *
 * When answers are worked out on the answer thread (`inFlight`), a turn lasts until its answer comes back,
 * and only that many are under way at once: the others wait here, so the pace is the answer thread's, and
 * the same rule defers them ahead rather than all at once when they reach the limit.
 */

/** How many of the latest gaps between turns give the pace, and how many it takes to trust it. */
const PACE_WINDOW = 32;
const PACE_MIN_SAMPLES = 8;

/** One interaction waiting its turn. */
export interface Turn {
  /** When Discord created the interaction, in ms since the epoch: its age decides when it must be acknowledged. */
  readonly createdAt: number;
  /**
   * Acknowledges it ahead of its turn (a deferral, whose request has started); false when it cannot be,
   * and must be run now instead.
   */
  acknowledge(): boolean;
  /**
   * Works out the answer and starts sending it; never rejects. Resolves once the answer is worked out (or
   * the interaction needs no more work from the queue); what it awaits after that does not hold the queue.
   */
  run(): Promise<void>;
}

export interface ArrivalQueueOptions {
  /** Age (since creation) at which a waiting interaction is acknowledged ahead of its turn. */
  acknowledgeAfterMs: number;
  /**
   * Age from which a waiting interaction may be acknowledged ahead by the pace (default half the age
   * limit): a prediction made from the first few turns of a burst, while the process still reads the
   * burst's events, says too often that the tail will be late, and each needless deferral costs a request.
   */
  foreseeAfterMs?: number;
  /**
   * When answers are worked out elsewhere (the answer thread), how many may be under way at once: a turn
   * then ends when its answer is worked out, not when its request leaves, and the rest wait here, where
   * their age and the pace decide which to acknowledge ahead. Without it, one turn per event-loop turn.
   */
  inFlight?: number;
  /** The clock, in ms since the epoch (tests move it). */
  now?: () => number;
}

interface Waiting {
  turn: Turn;
  acknowledged: boolean;
}

/** Interactions in arrival order, answered one per event-loop turn; see the module comment. */
export class ArrivalQueue {
  private waiting: Waiting[] = [];
  /** Index of the next to run in `waiting` (shifting an array of hundreds each turn would cost more). */
  private head = 0;
  private scheduled = false;
  private readonly now: () => number;
  /** When the last turn started, while turns follow one another (undefined once the queue ran dry). */
  private lastTurnAt: number | undefined;
  /** The last gaps between turns (a ring of PACE_WINDOW), and how many were ever measured. */
  private readonly gaps: number[] = [];
  private gapCount = 0;
  /** Their median, in ms: the pace turns are taking (0 until enough are measured; kept across bursts). */
  private turnMs = 0;
  /** Whether an interaction arrived since the last turn started. */
  private arrived = false;
  /** Turns started and not yet worked out (counted only with `inFlight`). */
  private running = 0;

  constructor(private readonly options: ArrivalQueueOptions) {
    this.now = options.now ?? Date.now;
  }

  /** How many interactions wait for their turn. */
  get length(): number {
    return this.waiting.length - this.head;
  }

  /** Adds an interaction at the back; its turn comes after every one before it. */
  push(turn: Turn): void {
    this.waiting.push({ turn, acknowledged: false });
    this.arrived = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.length === 0) return;
    if (this.options.inFlight !== undefined && this.running >= this.options.inFlight) return;
    this.scheduled = true;
    setImmediate(() => this.step());
  }

  /** One turn: acknowledge whoever is about to run out of time, then answer the oldest. */
  private step(): void {
    this.scheduled = false;
    const now = this.now();
    // A gap during which interactions arrived also holds their reading and parsing, paid once per
    // interaction, not once per turn still to come: it would make the pace look slower than it is.
    if (this.lastTurnAt !== undefined && !this.arrived) {
      this.gaps[this.gapCount++ % PACE_WINDOW] = now - this.lastTurnAt;
      const n = Math.min(this.gapCount, PACE_WINDOW);
      // One slow turn (a garbage collection, a batch of responses) must not defer a whole queue.
      this.turnMs = n < PACE_MIN_SAMPLES ? 0 : [...this.gaps.slice(0, n)].sort((a, b) => a - b)[Math.floor(n / 2)]!;
    }
    this.lastTurnAt = this.length > 1 ? now : undefined;
    this.arrived = false;
    this.acknowledgeAging(now);
    const next = this.waiting[this.head];
    if (next) {
      this.waiting[this.head++] = undefined as unknown as Waiting;
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting = this.waiting.slice(this.head);
        this.head = 0;
      }
      if (this.options.inFlight === undefined) void next.turn.run();
      else {
        this.running++;
        void next.turn.run().finally(() => {
          this.running--;
          this.schedule();
        });
      }
    }
    this.schedule();
  }

  /**
   * Acknowledges every waiting interaction whose turn, at the current pace, comes at or past the age limit
   * (arrival order is not creation order when Discord delivers late, so all are looked at: a few hundred
   * comparisons a turn). Those that cannot be acknowledged ahead run now, out of turn, once at the limit.
   */
  private acknowledgeAging(now: number): void {
    const limit = this.options.acknowledgeAfterMs;
    const foresee = this.options.foreseeAfterMs ?? limit / 2;
    let outOfTurn: Waiting[] | undefined;
    for (let k = this.head; k < this.waiting.length; k++) {
      const w = this.waiting[k]!;
      if (w.acknowledged) continue;
      const age = now - w.turn.createdAt;
      if (age >= limit) {
        if (w.turn.acknowledge()) w.acknowledged = true;
        else (outOfTurn ??= []).push(w);
      } else if (age >= foresee && age + (k - this.head) * this.turnMs >= limit && w.turn.acknowledge()) w.acknowledged = true;
    }
    if (!outOfTurn) return;
    const gone = new Set(outOfTurn);
    const rest = this.waiting.slice(this.head).filter((w) => !gone.has(w));
    this.waiting = rest;
    this.head = 0;
    for (const w of outOfTurn) void w.turn.run();
  }
}
