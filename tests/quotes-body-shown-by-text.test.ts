import { expect, it } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Invented bodies, people and towns.
function kindOf(paras: string[], words: string): string | undefined {
  const r = extractQuotes(passagesOf(doc('t', '2024-05-02', paras)));
  const q = r.quotes.find((x) => x.quote.includes(words));
  return r.speakers.find((s) => s.id === q?.speakerId)?.kind;
}

it('reads a one-word name as a body when its words come "on its website"', () => {
  expect(kindOf(['Corvana said on its website that it had "no dealings" with the Tallen firms.'], 'no dealings')).toBe('organisation');
});

it('reads a one-word name as a body when a body noun is set off after it', () => {
  expect(kindOf(['Velmirbank, the state bank, said it would "fully comply" with the new rules.'], 'fully comply')).toBe('organisation');
});

it('keeps people: "on his website", a description headed by a person, or a body noun after "of"', () => {
  expect(kindOf(['Dorsey said on his website that the plan was "a mistake".'], 'a mistake')).toBe('person');
  expect(kindOf(["Brill, the bank's chief, said it would \"fully comply\" with the new rules."], 'fully comply')).toBe('person');
  expect(kindOf(['Harwin, the head of the agency, said the talks were "going well".'], 'going well')).toBe('person');
});
