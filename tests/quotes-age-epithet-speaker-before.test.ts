import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Passages written for these tests: "The N-year-old NOUN" (a noun of a role: "envoy", "diplomat") opening a
// paragraph, when no one was given that age, is the one person who spoke in the paragraph before, though that
// paragraph called them by the bare surname; a stop inside that paragraph's quote ends no sentence of its narration.
describe('an age epithet after a paragraph whose one speaker was named by surname', () => {
  const paras = [
    'Trade envoy Mara Olsen told reporters in Tarnow that the deal was no threat. "We trade with everyone," the envoy said.',
    'Asked by a reporter from a rival paper whether the port would be used, Olsen replied: "Every crate is checked. I know of no request."',
    'The 52-year-old diplomat, a former consul in Vell, said Norvia would "stay out of the quarrel" but keep talking.',
  ];
  const by = speakersByOpening(paras);
  it('the epithet is the one who spoke just before', () => {
    expect(by.get('stay out of')).toBe('Mara Olsen');
  });
  it('not when two people spoke in the paragraph before', () => {
    const two = [
      'Trade envoy Mara Olsen and harbour chief Ivo Brandt met reporters in Tarnow.',
      '"Every crate is checked," Olsen said. "We know of no request," Brandt said.',
      // (A noun neither was given: since session 52 an envoy is a "diplomat" by role, which would tie the epithet
      // to her by role alone, not by the paragraph's speakers that this test is about.)
      'The 52-year-old economist said Norvia would "stay out of the quarrel" but keep talking.',
    ];
    expect(speakersByOpening(two).get('stay out of')).not.toBe('Mara Olsen');
    expect(speakersByOpening(two).get('stay out of')).not.toBe('Ivo Brandt');
  });
});
