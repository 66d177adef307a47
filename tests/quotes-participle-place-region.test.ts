import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads the subject after a fronted participle whose place has its state set off ("Speaking in Austin, Texas, NAME")', () => {
  const got = speakers(['Speaking in Dallas, Texas, Ingeborg Lauvstad said the levy was unfair. "We pay it twice," she said.']);
  expect(got.get('We pay it twice')).toBe('Ingeborg Lauvstad');
});

it('still leaves a surname set off after the place to the readings that know it', () => {
  const got = speakers(['Speaking in Dallas, Texas, the farmers\' leader, Ingeborg Lauvstad, said the levy was unfair. "We pay it twice," she said.']);
  expect(got.get('We pay it twice')).toBe('Ingeborg Lauvstad');
});
