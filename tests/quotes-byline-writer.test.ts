import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { bylineWriter } from '../src/quotes/byline-writer.ts';

// Passages written for these tests: a first-person column under a byline.
describe('the narration\'s "I" under a byline', () => {
  it('`By NAME` ... `I wrote last year that the pair were "..."` is the writer\'s', () => {
    const paras = ['By Jane Corrin', 'I wrote last year that the pair were "friends of convenience". I would not say it now.'];
    expect(speakerOf(paras, 'friends of convenience')).toBe('Jane Corrin');
  });
  it('`Last spring I called the plan "..."` is the writer\'s', () => {
    const paras = ['Why the harbour plan failed', 'By Jane Corrin', 'Last spring I called the plan "a gamble" in these pages.'];
    expect(speakerOf(paras, 'a gamble')).toBe('Jane Corrin');
  });
  it('is no one with two writers, or with no byline', () => {
    expect(speakerOf(['By Jane Corrin and Tom Hale', 'I wrote last year that the pair were "friends of convenience".'], 'friends of convenience')).toBeNull();
    expect(speakerOf(['I wrote last year that the pair were "friends of convenience".'], 'friends of convenience')).toBeNull();
  });
});

describe('bylineWriter', () => {
  it('reads one person from a byline among the first paragraphs', () => {
    expect(bylineWriter(['A headline', 'By Jane Corrin', 'Text.'])).toBe('Jane Corrin');
  });
  it('reads one person from a byline in emphasis marks with the writer\'s role after a comma in lowercase', () => {
    expect(bylineWriter(['*By Mara Olsen, field coordinator, north district*', 'Text.'])).toBe('Mara Olsen');
    expect(bylineWriter(['By Mara Olsen, relief worker', 'Text.'])).toBe('Mara Olsen');
  });
  it('gives the writer so bylined an "I told NAME, "..."" of the narration', () => {
    const paras = ['*By Mara Olsen, field coordinator, north district*', 'Greta, who is 80, had heard it on the radio.', 'I told Greta on Friday, "We will be back on Monday with the heater." She held my hand.'];
    expect(speakerOf(paras, 'back on Monday with the heater')).toBe('Mara Olsen');
  });
  it('is null for a byline that names no single person, or stands deep in the text', () => {
    expect(bylineWriter(['By Jane Corrin, Reuters'])).toBeNull();
    expect(bylineWriter(['One.', 'Two.', 'Three.', 'Four.', 'By Jane Corrin'])).toBeNull();
  });
});
