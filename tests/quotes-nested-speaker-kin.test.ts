import { describe, expect, it } from 'vitest';
import { speakersByWholeQuote } from './helpers/quotes.ts';

// A quote inside a quote credited by "she says" to one the outer speaker calls "my mother": the mother's words,
// never the outer speaker's; with two of the outer speaker's people there, no one's.
describe('words of the outer speaker\'s kin inside her quote', () => {
  const first = 'Mara Olsen, 34, works at the cannery in Vastra.';
  it('"My mother phoned. She says, \'...\'" goes to the outer speaker\'s mother', () => {
    const got = speakersByWholeQuote([first, '"My mother phoned last night. She says, \'Come home before winter.\' I might," Olsen said.']);
    expect(got.get('Come home before winter.')).toBe("Mara Olsen's mother");
    expect([...got.entries()].find(([q]) => q.startsWith('My mother'))?.[1]).toBe('Mara Olsen');
  });

  it('a pronoun of the other sex, or two people of hers, leaves the inner quote to no one', () => {
    const father = speakersByWholeQuote([first, '"My father phoned. She says, \'Come home.\' I might," Olsen said.']);
    expect(father.get('Come home.')).toBeNull();
    const two = speakersByWholeQuote([first, '"My mother and my aunt phoned. She says, \'Come home.\' I might," Olsen said.']);
    expect(two.get('Come home.')).toBeNull();
  });

  it('"my mother" in the same speaker\'s quote before it in the paragraph is the "she" too', () => {
    const got = speakersByWholeQuote([first, '"My mother rings every night. She watches the news," Olsen said. "I tell her, Mum, I am fine. She says, \'You sound just like your brother.\'"']);
    expect(got.get('You sound just like your brother.')).toBe("Mara Olsen's mother");
  });

  it('not words of the writer\'s own "my" in the narration', () => {
    const got = speakersByWholeQuote([first, 'My mother rang me on Sunday. "I tell everyone. She says, \'Come home.\'" Olsen said.']);
    expect(got.get('Come home.')).not.toBe('Mara Olsen');
    expect(got.get('Come home.')).not.toBe("Mara Olsen's mother");
  });
});
