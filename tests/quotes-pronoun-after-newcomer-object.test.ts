import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('leaves a she-credit to no one after one woman acted on another brought in by role and name', () => {
  const got = speakers(['Lifeguard Runa Dahle pulled a swimmer, Tilde Moen, from the surf on Sunday. "I was sure the current had me," she said.']);
  expect(got.get('I was sure the current had me')).not.toBe('Runa Dahle');
});

it('keeps the subject when the object is a woman named without a role set off', () => {
  const got = speakers(['Lifeguard Runa Dahle thanked the crew on Sunday. "They were brilliant," she said.']);
  expect(got.get('They were brilliant')).toContain('Runa Dahle');
});

it('keeps the subject when the newcomer acted on is of the other sex', () => {
  const got = speakers(['Lifeguard Runa Dahle pulled a swimmer, Tor Moen, from the surf on Sunday. "He was lucky," she said.']);
  expect(got.get('He was lucky')).toContain('Runa Dahle');
});
