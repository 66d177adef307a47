import { describe, it, expect } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests: two lawmakers named with the title "Rep.", a man and a woman, then "the
// female lawmaker added" credits a quote. The one woman the text gave such a role speaks; "the male lawmaker" is
// never the unnamed "female lawmaker" the text described before.
describe('"the female lawmaker" after a man and a woman named as lawmakers', () => {
  it('the one woman with a lawmaker\'s title speaks', () => {
    const quotes = speakersByQuote([
      'Rep. Tom Hale of the ruling Harbour Party said the agency had "seen signs" of shipments.',
      'Rep. Mara Olsen of the opposition Shore Party, the committee\'s ranking member, offered a more skeptical reading.',
      '"We heard a lot of maybes today," she said.',
      'The two lawmakers are both serving their second terms.',
      '"If the yards open, it will be a threat to the whole region," the female lawmaker added.',
    ]);
    expect(quotes.get('If the yards open, it will be a threat to the whole region')).toBe('Mara Olsen');
  });

  it('two women with that title leave it open', () => {
    const quotes = speakersByQuote([
      'Rep. Anna Berg of the ruling Harbour Party said the agency had "seen signs" of shipments.',
      'Rep. Mara Olsen of the opposition Shore Party offered a more skeptical reading.',
      '"If the yards open, it will be a threat to the whole region," the female lawmaker added.',
    ]);
    expect(quotes.get('If the yards open, it will be a threat to the whole region')).not.toBe('Mara Olsen');
    expect(quotes.get('If the yards open, it will be a threat to the whole region')).not.toBe('Anna Berg');
  });

  it('"the male lawmaker" is not the "female lawmaker" described before', () => {
    const quotes = speakersByQuote([
      '"It is a threat," the female lawmaker said.',
      '"It is a bigger threat," the male lawmaker said.',
    ]);
    expect(quotes.get('It is a bigger threat')).not.toBe('the female lawmaker');
  });
});
