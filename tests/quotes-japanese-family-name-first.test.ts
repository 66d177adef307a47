import { describe, expect, it } from 'vitest';
import { familyNameFirst } from '../src/quotes/local-speaker.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people, places and bodies: a Japanese paper's English edition
// printing names family name first, two unrelated people of one family name.
describe('a two-word Japanese name written family name first', () => {
  it('reads "Tanaka Rui" family name first, "Rui Tanaka" and "Ken Tanaka" given name first', () => {
    expect(familyNameFirst('Tanaka Rui')).toBe(true);
    expect(familyNameFirst('Kikuchi Haruto')).toBe(true);
    expect(familyNameFirst('Rui Tanaka')).toBe(false);
    expect(familyNameFirst('Ken Tanaka')).toBe(false);
    expect(familyNameFirst('Tanaka Prefecture')).toBe(false);
  });
  it('"Tanaka said" is the namesake named last, the man again after "the professor said"', () => {
    const got = speakersByQuote([
      'Tanaka Rui, a professor of economics at Biwako University, said the meeting was a message. "Nobody needed to sign anything," Tanaka said.',
      'The professor cautioned against reading too much into it. "Promises are cheap in Moscow," he said.',
      'In Wakkanai, the news was read differently. Tanaka Mio, who runs a ferry company there and is not related to the professor, said bookings had fallen.',
      '"Every time the two of them meet, our passengers stay home," Tanaka said.',
      'Her company has asked the port for weekly briefings. "We only want to be told," she said.',
      'Back in Kyoto, the professor said the real test would be the railway.',
      '"Watch the freight, not the handshakes," Tanaka said.',
    ]);
    expect(got.get('Nobody needed to sign anything')).toBe('Tanaka Rui');
    expect(got.get('Every time the two of them meet, our passengers stay home')).toBe('Tanaka Mio');
    expect(got.get('We only want to be told')).toBe('Tanaka Mio');
    expect(got.get('Watch the freight, not the handshakes')).toBe('Tanaka Rui');
  });
});
