import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('credits no one with a bare surname after a paragraph ending on the kin, not set up to speak', () => {
  const got = speakers(['Explorer Tor Vikdal died in 1990. His widow, Eva Vikdal, gave his notebooks to a museum.', '"The ice is the only honest thing left," Vikdal wrote in one of them.']);
  expect(got.get('The ice is the only honest thing left')).toBeNull();
});

it('gives the bare surname to the kin a stance set up, and to the one the text is about after the kin gave words', () => {
  const setUp = speakers(['Explorer Tor Vikdal died in 1990. His widow, Eva Vikdal, who lives in the port, was more guarded.', '"They are private," Vikdal said.']);
  expect(setUp.get('They are private')).toBe('Eva Vikdal');
  const handedBack = speakers(['Explorer Tor Vikdal died in 1990. His widow, Eva Vikdal, said he had written every night.', '"The ice is the only honest thing left," Vikdal wrote in one notebook.']);
  expect(handedBack.get('The ice is the only honest thing left')).toBe('Tor Vikdal');
});

it('credits the one "quoted as saying", the kin not at hand', () => {
  const got = speakers(['Explorer Tor Vikdal died in 1990. His widow, Eva Vikdal, said the notebooks were private.', 'His biographer, Jonas Brekk, quoted Vikdal as saying that "the ice is the only honest thing left."']);
  expect(got.get('the ice is the only honest thing left')).toBe('Tor Vikdal');
});
