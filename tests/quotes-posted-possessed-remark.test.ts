import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: a body puts out on a channel the words of a named person.
describe('"The embassy posted NAME\'s remark on Telegram: ..."', () => {
  it('gives the words to the one whose remark was posted, not the poster', () => {
    const by = speakersByStart([
      'President Oskar Brandvik met the Norvan prime minister on Tuesday.',
      'The Norvan embassy in Lisbon posted Brandvik\'s remark on Telegram: "We will build the bridge together."',
    ]);
    expect(by.get('We will build')).toBe('Oskar Brandvik');
  });
  it('reads a topic after "remark about" and the channel after "on its"', () => {
    expect(speakersByStart([
      'President Oskar Brandvik met the Norvan prime minister on Tuesday.',
      'The embassy did not respond, but on its social media account it posted Mr Brandvik\'s remark about helping Norva build ferries: "We will build the bridge together."',
    ]).get('We will build')).toBe('Oskar Brandvik');
    expect(speakersByStart([
      'President Oskar Brandvik met the Norvan prime minister on Tuesday.',
      'The ministry published Brandvik\'s comments on its website: "We will build the bridge together."',
    ]).get('We will build')).toBe('Oskar Brandvik');
  });
  it('leaves the words with the subject when the verb mocks the remark rather than passing it on', () => {
    expect(speakersByStart([
      'Mayor Ilse Marr spoke on Monday.',
      'Her rival Tomas Vell mocked Marr\'s remark on X: "She has promised this ten times."',
    ]).get('She has promised')).toBe('Tomas Vell');
  });
});
