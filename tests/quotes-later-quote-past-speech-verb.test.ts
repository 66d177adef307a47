import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('does not give an uncredited quote the later credited speaker past a sentence with a verb of saying of its own', () => {
  const got = speakers([
    '"Shameful." That was how the Green councillor Rhys Tolland described the vote. The Liberal Nora Pask called it "long awaited."',
  ]);
  expect(got.get('Shameful')).not.toBe('Nora Pask');
  expect(got.get('long awaited')).toBe('Nora Pask');
});

it('still gives it the later speaker past a sentence of deeds', () => {
  const got = speakers([
    '"We won." Ines Harlow hugged her coach and wiped her eyes. "It was the hardest race of my life," Harlow said.',
  ]);
  expect(got.get('We won')).toBe('Ines Harlow');
});
