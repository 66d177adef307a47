import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A description subject with a titled name set off after it ("the official, space agency chief Yuri Brandt,")
// names who speaks, as "the official, Yuri Brandt," does.
describe('a titled name in apposition to a described subject', () => {
  it('credits the name, the title before it of one to three words', () => {
    const sentence = 'Visitors listened to an official during the tour. Ola Dunn asked questions, and the official, space agency chief Yuri Brandt, later told reporters the guests had been "very well prepared."';
    expect(speakerOf([sentence], 'well prepared')).toBe('Yuri Brandt');
    const capital = 'Crowds waited at the gate, and the spokesman, Tavrian port director Ivo Vale, told reporters the berths were "all taken."';
    expect(speakerOf([capital], 'all taken')).toBe('Ivo Vale');
  });

  it('does not read a clause after the description as a title', () => {
    const clause = 'The spokesman, who met Ines Vale, told reporters the berths were "all taken."';
    expect(speakerOf([clause], 'all taken')).not.toBe('Ivo Vale');
  });
});
