import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests, with invented people: an Arabic family name opening with "Al", after a full
// name of two given names, and the man's sister of the same family name.
describe('an Arabic family name with its article, after a full name of several given names', () => {
  it('"Mr Al Nuaimi" is the "Yusuf Rashid Al Nuaimi" named before', () => {
    const got = speakersByQuote([
      'Yusuf Rashid Al Nuaimi, chief executive of the Harbour Carriers Guild, said the members were asking for clarity.',
      '"We carry tiles and fruit. Our members want the rules first," Mr Al Nuaimi said.',
      'He added that the guild would meet next week. "Gossip costs more than fines," he said.',
      'Salma Al Nuaimi, his sister and a lecturer, said the talks were "more show than substance".',
    ]);
    expect(got.get('We carry tiles and fruit. Our members want the rules first')).toBe('Yusuf Rashid Al Nuaimi');
    expect(got.get('Gossip costs more than fines')).toBe('Yusuf Rashid Al Nuaimi');
    expect(got.get('more show than substance')).toBe('Salma Al Nuaimi');
  });
  it('a name of one given name still reads as before', () => {
    const got = speakersByQuote([
      'Yusuf Al Nuaimi, chief executive of the Harbour Carriers Guild, said the members were asking for clarity.',
      '"We carry tiles and fruit," Mr Al Nuaimi said.',
    ]);
    expect(got.get('We carry tiles and fruit')).toBe('Yusuf Al Nuaimi');
  });
});
