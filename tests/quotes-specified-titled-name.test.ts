import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { specifiedName } from '../src/quotes/specified-name.ts';

// Passages written for these tests: invented people, places and bodies.
describe('a specificational sentence naming, after a description set off, a titled person', () => {
  it('takes the name after "the representative of PLACE, Ambassador"', () => {
    expect(specifiedName('The first speaker was the representative of Norland, Ambassador Tomas Quince.')).toMatchObject({ name: 'Tomas Quince' });
    expect(specifiedName('The first speaker was the representative of the United Provinces, Ambassador Okonkwo Vell.')).toMatchObject({ name: 'Okonkwo Vell' });
  });
  it('gives the "he told the chamber" after it to the ambassador', () => {
    const paragraphs = ['The Council met on Friday. The first speaker was the representative of Norland, Ambassador Tomas Quince. "What we saw was a violation," he told the chamber.'];
    expect(speakerOf(paragraphs, 'What we saw')).toBe('Tomas Quince');
  });
  it('does not read a title alone after the copula as a person', () => {
    expect(specifiedName('The venue was General Motors Hall.')).toBeNull();
  });
});
