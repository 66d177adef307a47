import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { Engine } from '../src/engine/engine.ts';
import { invertedLengths, invertingLists, invertLists } from '../src/engine/packing.ts';
import { LazyInverse } from '../src/engine/lazy-inverse.ts';
import { warmUpInTurns } from '../src/engine/warm-up.ts';
import { doc } from './helpers/docs.ts';

// Lists 0..n-1 of varied lengths, repeating values within a list, values below 50.
function lists(n: number): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(n + 1);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = values.length;
    for (let k = 0; k < (i * 7) % 13; k++) values.push((i * 31 + k * k) % 50);
  }
  start[n] = values.length;
  return { start, values: Int32Array.from(values) };
}

describe('inverse lists made a part at a time', () => {
  it('makes the same lists as at once, with and without their lengths', () => {
    const { start, values } = lists(200);
    const whole = invertLists(start, values, 50);
    for (const lengths of [undefined, invertedLengths(start, values, 50)]) {
      const parts = invertingLists(start, values, 50, lengths, 16);
      let yields = 0;
      let r = parts.next();
      for (; !r.done; r = parts.next()) yields++;
      expect(yields).toBeGreaterThan(10);
      expect(r.value).toEqual(whole);
    }
  });

  it('finishes half-made lists at first use, without starting again', () => {
    const { start, values } = lists(120);
    let made = 0;
    const lazy = new LazyInverse(() => {
      made++;
      return invertingLists(start, values, 50, undefined, 8);
    });
    expect(lazy.made).toBeNull();
    for (let i = 0; i < 5; i++) expect(lazy.step()).toBe(false);
    expect(lazy.get()).toEqual(invertLists(start, values, 50));
    expect(lazy.step()).toBe(true);
    expect(made).toBe(1);
  });
});

describe('warming the engine up between answers', () => {
  const docs = [
    ...loadCorpus('corpus'),
    doc('warm-1', '2024-03-01', ['The mayor said the new bridge would open in the spring.', '"We will finish on time," said Ana Ruiz, the city engineer.']),
    doc('warm-2', '2024-03-02', ['Critics said the bridge was late.', '"Nobody believes the spring date," said Tom Hale, a council member.']),
  ];
  const claims = ['we will finish on time', 'the bridge would open in the spring', 'nobody believes the date', 'Ana Ruiz said we will finish', 'the spring date on time'];

  it('answers as a cold engine does, warmed fully, in part, or in turns', async () => {
    const cold = Engine.build(docs);
    const answers = claims.map((c) => JSON.stringify(cold.whoSaid(c, 5)));
    const full = Engine.build(docs);
    for (const _ of full.preparing());
    expect(claims.map((c) => JSON.stringify(full.whoSaid(c, 5)))).toEqual(answers);
    for (let stop = 1; stop < 6; stop++) {
      const part = Engine.build(docs);
      const steps = part.preparing();
      for (let i = 0; i < stop; i++) steps.next();
      expect(claims.map((c) => JSON.stringify(part.whoSaid(c, 5)))).toEqual(answers);
      // What is left of the warm-up after answers is harmless.
      for (let r = steps.next(); !r.done; r = steps.next());
      expect(claims.map((c) => JSON.stringify(part.whoSaid(c, 5)))).toEqual(answers);
    }
    const turns = Engine.build(docs);
    expect(await warmUpInTurns(turns)).toBeGreaterThanOrEqual(0);
    expect(claims.map((c) => JSON.stringify(turns.whoSaid(c, 5)))).toEqual(answers);
  });

  it('leaves the event loop free between its steps', async () => {
    const engine = Engine.build(docs);
    let between = 0;
    const counted = setImmediate(function count() {
      between++;
      if (between < 1000) setImmediate(count);
    });
    await warmUpInTurns(engine);
    clearImmediate(counted);
    expect(between).toBeGreaterThan(1);
  });
});
