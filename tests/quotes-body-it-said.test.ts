import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

it('reads "it" in the clause a body\'s verb of saying reports as that body', () => {
  const paras = [
    'The Federal Transport Office said on Monday that it was observing the ferry merger "with great concern."',
    'The port authority said that it was watching the strike "very closely."',
  ];
  expect(speakerOf(paras, 'with great concern')).toBe('the Federal Transport Office');
  expect(speakerOf(paras, 'very closely')).toBe('the port authority');
});
