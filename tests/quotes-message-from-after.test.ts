import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a message read out as a quote standing alone, whose sender
// the sentence right after names ("That is from Jane Roe in Carrow.").
describe('"..." That is from NAME in PLACE.', () => {
  it('credits the sender named in the sentence after', () => {
    const paras = ['The phones have not stopped.', 'Let me read one out. "Why should we believe anything will change?" That is from Frank Oster in Dunmere.'];
    expect(speakerOf(paras, 'Why should we believe')).toBe('Frank Oster');
  });
  it('credits the sender inside a host\'s turn of a transcript', () => {
    const paras = [
      'MARA LUND, HOST: Welcome back. Our guest is Piet Ruys.',
      'PIET RUYS: Thank you, Mara.',
      'LUND: A listener wrote in. Let me read it. "I fished these waters for forty years. Why would it change now?" That is from Tom Bellweather in Carrow.',
      'RUYS: Tom, it is a fair question.',
    ];
    expect(speakerOf(paras, 'I fished these waters')).toBe('Tom Bellweather');
  });
  it('leaves a quote credited in its own sentence as it was', () => {
    const paras = ['The phones have not stopped.', 'Ada Voss asked, "Why should we believe anything will change?" That is from Frank Oster in Dunmere.'];
    expect(speakerOf(paras, 'Why should we believe')).not.toBe('Frank Oster');
  });
});
