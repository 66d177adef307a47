import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { transcriptTurns } from '../src/quotes/transcript.ts';

// A Hansard excerpt written for these tests: a backbencher is known in the chamber by the seat the label gives,
// so "the member for Downsby" in a minister's answer is the member whose label reads "(Downsby)".
const hansard = [
  'Mr FENWICK (Downsby) (15:02): My question is to the Minister for Ports. Will the minister reopen the ferry terminal?',
  'Ms ADEYEMI (Harrowgate—Minister for Ports) (15:03): I thank the member. The member for Downsby told the committee in March that the terminal was "a monument to neglect". I agree with him.',
  'Mrs OKAFOR (Lindum Vale) (15:05): The member for Carrow said the terminal was "beyond saving". Does the minister agree?',
];

it('the seat in parentheses is the role of a member who holds no office', () => {
  const turns = transcriptTurns(hansard, () => false);
  expect(turns[0]?.role).toBe('member for Downsby');
  expect(turns[1]?.role).toBe('Minister for Ports');
});

it('"the member for Downsby" is Fenwick, labelled "(Downsby)"', () => {
  expect(speakerOf(hansard, 'a monument to neglect')).toBe('Fenwick');
});

it('a seat no label gives is no one named', () => {
  expect(speakerOf(hansard, 'beyond saving')).not.toBe('Fenwick');
  expect(speakerOf(hansard, 'beyond saving')).not.toBe('Okafor');
});
