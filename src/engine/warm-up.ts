/**
 * Making the tables answers build at first use (the "who said" posting lists: about a second at 10,000
 * articles) once the engine is ready, a part per turn of the event loop, so that no user's first question
 * waits for them and no question waits behind more than one part.
 */
import type { Engine } from './engine.ts';

/** Runs `engine.preparing()` a step per event-loop turn; resolves to the milliseconds spent in its steps. */
export function warmUpInTurns(engine: Pick<Engine, 'preparing'>): Promise<number> {
  const steps = engine.preparing();
  let busy = 0;
  return new Promise((resolve, reject) => {
    const turn = (): void => {
      const t = performance.now();
      try {
        const done = steps.next().done;
        busy += performance.now() - t;
        if (done) resolve(busy);
        else setImmediate(turn);
      } catch (err) {
        reject(err);
      }
    };
    setImmediate(turn);
  });
}
