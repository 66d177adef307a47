import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// "a reader from Larkhill Falls, Bram Ostrander, wrote": the place is the complement of "from", and the name set off
// after the whole names its head, a noun WordNet knows as a kind of person though no role word ("reader",
// "listener", "neighbour").
it('credits the name set off after a person described by where she comes from', () => {
  const got = speakers([
    'After my piece on the ferry tolls, a reader from Larkhill Falls, Bram Ostrander, wrote that I had "a soft spot for every toll booth."',
    'A listener from Quillby, Nessa Varga, wrote in to say the show was "far too kind to the council."',
  ]);
  expect(got.get('a soft spot for')).toBe('Bram Ostrander');
  expect(got.get('far too kind')).toBe('Nessa Varga');
});

it('still gives nobody when the head before "of" is no person', () => {
  const got = speakers(['Forty percent of Larkhill Falls, Bram Ostrander wrote, think the toll is "a scandal."']);
  expect(got.get('a scandal')).not.toBe('Larkhill Falls');
});
