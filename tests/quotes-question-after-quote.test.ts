import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not carry the one quoted in an interviewer\'s question over to the answer in the next paragraph', () => {
  const got = speakers([
    'Tamsin Orrell took over the harbour board in May. She answered our questions.',
    'Your predecessor, Wendell Pryor, said the board was "in good shape." Was he right?',
    '"Wendell worked hard. But the books tell another story."',
    'Pryor told reporters the port was "busier than ever."',
    '"We had our best year," he added at the end of the meeting.',
    '"Nobody expected that."',
  ]);
  expect(got.get('in good shape')).toBe('Wendell Pryor');
  expect(got.get('Wendell worked hard. But the books tell another story')).not.toBe('Wendell Pryor');
  expect(got.get('Nobody expected that')).toBe('Wendell Pryor');
});
