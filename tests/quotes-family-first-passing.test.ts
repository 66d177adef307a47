import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages and names written for these tests: a name written family name first with a hyphenated given name
// ("Ri Jong-su", "Ro Myong-hui"), its family name one short syllable no list of given names holds, named only in
// passing before a later credit to the bare family name.
describe('a bare family name for a name written family name first, named in passing', () => {
  it('"...," Ri added. after "through their captain, Ri Jong-su, whose ..."', () => {
    const text = ['The visitors levelled late through their captain, Ri Jong-su, whose low shot crept in.', '"We came here to learn," Ri added afterwards.'];
    expect(speakerOf(text, 'came here to learn')).toBe('Ri Jong-su');
  });

  it('"...," Ro said. after "a letter from Ro Myong-hui"', () => {
    const text = ['The ministry released a letter from Ro Myong-hui on Monday.', '"The border will stay open," Ro said.'];
    expect(speakerOf(text, 'border will stay open')).toBe('Ro Myong-hui');
  });

  it('a family name of four letters no list holds: "Pyon Hae-rim"', () => {
    const text = ['The talks were led by Pyon Hae-rim.', '"Nothing was agreed," Pyon said.'];
    expect(speakerOf(text, 'Nothing was agreed')).toBe('Pyon Hae-rim');
  });

  it('said by the speaker named in full: unchanged', () => {
    const text = ['"The talks went well for both sides," said Ri Jong-su, a vice-minister.', 'The delegation left on Friday.', '"We will return in spring," Ri added.'];
    expect(speakerOf(text, 'talks went well')).toBe('Ri Jong-su');
    expect(speakerOf(text, 'return in spring')).toBe('Ri Jong-su');
  });

  it('two of the family named in passing: not the one named first', () => {
    const text = ['The letter was signed by Ri Jong-su and later by Ri Tae-ho.', '"We will not wait," Ri said.'];
    expect(speakerOf(text, 'will not wait')).not.toBe('Ri Jong-su');
  });
});
