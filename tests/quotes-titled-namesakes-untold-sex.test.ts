import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two people of one surname whose given names tell no sex, then "Ms" or "Mr" and
// the surname.
describe('a title of one sex before a surname two people of untold sex bear credits neither', () => {
  it('"said Ms Pak" after two Paks of given names the lists do not place', () => {
    const paras = ['Pak Jin-seo, a researcher at the Hanul Centre, and Pak Do-yun, a trade official, spoke at the forum in Mokpo.', '"The port will double in size," said Ms Pak.'];
    expect(speakerOf(paras, 'The port will double')).toBeNull();
  });
  it('"Mr Pak" then "he" after them is left to no one as well', () => {
    const paras = ['Pak Jin-seo, a researcher at the Hanul Centre, and Pak Do-yun, a trade official, spoke at the forum in Mokpo.', 'Mr Pak left early. "We are watching the prices," he said.'];
    expect(speakerOf(paras, 'We are watching the prices')).toBeNull();
  });
  it('"Ms Pak" left to no one tells no one\'s sex: a later "Mr Pak" and his "he" are no one\'s either', () => {
    const paras = ['Pak Jin-seo, a researcher at the Hanul Centre, and Pak Do-yun, a trade official, spoke at the forum in Mokpo.', '"The port will double in size," said Ms Pak.', 'Mr Pak left early. "We are watching the prices," he said.'];
    expect(speakerOf(paras, 'The port will double')).toBeNull();
    expect(speakerOf(paras, 'We are watching the prices')).toBeNull();
  });
  it('given names of told sex still decide: "Ms Pak" after Helen Pak and Brian Pak', () => {
    const paras = ['Helen Pak, a researcher, and Brian Pak, a trade official, spoke at the forum in Mokpo.', '"The port will double in size," said Ms Pak.'];
    expect(speakerOf(paras, 'The port will double')).toBe('Helen Pak');
  });
});
