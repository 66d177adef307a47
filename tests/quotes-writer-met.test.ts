import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: the one the writer met or called answers the writer's "he told me".
describe('the writer met or called someone, then "he told me"', () => {
  it('`Yesterday I met the Finnish envoy, and he told me that ... "..."` is the envoy\'s', () => {
    const paras = ['Yesterday I met the Finnish envoy, and he told me that Helsinki sees the pipeline as "a mistake". Do you agree with him?'];
    expect(speakerOf(paras, 'a mistake')).toBe('the Finnish envoy');
  });
  it('`I called a retired pilot. "...," she said.` is the pilot\'s', () => {
    const paras = ['I called a retired pilot who flew the route for years. "Nobody wanted that runway," she said.'];
    expect(speakerOf(paras, 'Nobody wanted')).toBe('a retired pilot');
  });
  it('is no answer when two people were met', () => {
    const paras = ['Last week I met the Finnish envoy and the Swedish envoy, and he told me that the pipeline is "a mistake".'];
    expect(speakerOf(paras, 'a mistake')).toBeNull();
  });
});

describe('a description set up to speak, with an aside of its state now', () => {
  it('`An old friend of mine at the ministry, now retired, put it more plainly ... "...," he said.` is the friend\'s', () => {
    const paras = ['An old friend of mine at the ministry, now retired, put it more plainly when I rang him on Friday. "We are out of money," he said.'];
    expect(speakerOf(paras, 'out of money')).toBe('an old friend of mine at the ministry');
  });
});
