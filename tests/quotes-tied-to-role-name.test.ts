import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits the one tied to a named person, not the name, when that person\'s role stands before the name', () => {
  const got = speakers([
    'A source close to the Kelmar-born minister Arvid Tolle said: "The budget is already dead."',
    'A person close to minister Hedda Vinn said: "She will not sign it."',
  ]);
  expect(got.get('The budget is already dead')).not.toBe('Arvid Tolle');
  expect(got.get('The budget is already dead')).toMatch(/source close to/u);
  expect(got.get('She will not sign it')).not.toBe('Hedda Vinn');
});

it('still credits a name after its own role, and a source close to a bare name stays the source', () => {
  const got = speakers([
    'Finance minister Arvid Tolle said: "The budget holds."',
    'A source close to Hedda Vinn said: "She is tired."',
  ]);
  expect(got.get('The budget holds')).toBe('Arvid Tolle');
  expect(got.get('She is tired')).toMatch(/source close to Hedda Vinn/u);
});
