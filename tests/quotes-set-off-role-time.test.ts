import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a role set off by commas may be followed by a phrase of time before the
// verb, and a role set off by commas may hold a relative clause of its own; the name before both speaks.
it('a name, its role between commas, then "on Tuesday" before the verb', () => {
  const paras = ['Jon Brekke, the harbour board\'s longest-serving member, on Tuesday called the proposal "reckless," a rare rebuke.'];
  expect(speakerOf(paras, 'reckless')).toBe('Jon Brekke');
});

it('the same with "said" and a clause after it', () => {
  const paras = ['Mari Halonen, the chair of the ferry union, in a letter said the timetable was "simply unworkable."'];
  expect(speakerOf(paras, 'simply unworkable')).toBe('Mari Halonen');
});

it('a role holding "who" between the commas', () => {
  const paras = ['Meg Varga, a former candidate who now runs a shipping firm, labeled the mayor "unfit to lead the port."'];
  expect(speakerOf(paras, 'unfit to lead the port')).toBe('Meg Varga');
});

it('a clause of reporting between the commas is no role of the phrase before it', () => {
  const paras = ['The dockers, Jon Brekke said, on Tuesday called the proposal "reckless."'];
  expect(speakerOf(paras, 'reckless')).not.toBe('The dockers');
});
