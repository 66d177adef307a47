import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('the relative-colon and quoting readings leave the subject its own words', () => {
  it('"X was quoting from memory when she said: "..."" is X\'s: an object opening with "from" is no one quoted', () => {
    const paras = ['Petra Lund was quoting from memory when she said: "The tide waits for no one."'];
    expect(speakerOf(paras, 'The tide waits')).toBe('Petra Lund');
  });
  it('"X told the board, which had asked for her views: "..."" is X\'s: a request is no speech of the quote', () => {
    const paras = ['Hanna Vell told the Ports Board, which had asked for her views: "The pier must stay open."'];
    expect(speakerOf(paras, 'The pier must stay open')).toBe('Hanna Vell');
  });
  it('"X sent an email to Y, which said: "..."" is X\'s: "which" after a person\'s name takes the email', () => {
    const paras = ['Ivan Sorel sent an email to Maria Dunn, which said: "I will not resign."'];
    expect(speakerOf(paras, 'I will not resign')).toBe('Ivan Sorel');
  });
  it('but "X sent a letter to the council, which replied: "..."" stays no one\'s', () => {
    const paras = ['Ivan Sorel sent a letter to the Marsh Council, which replied: "We will review it."'];
    expect(speakerOf(paras, 'We will review it')).not.toBe('Ivan Sorel');
  });
  it('"X quoted the letter, which read: "..."" credits no one: a document is no speaker', () => {
    const paras = ['Ivan Sorel quoted the letter, which read: "We regret the delay."'];
    expect(speakerOf(paras, 'We regret the delay')).toBeNull();
  });
});
