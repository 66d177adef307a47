import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// A reader or passer-by named only by a given name: the credit is that name whatever the verb and whichever
// side of the quote the credit stands.
describe('one described, named by a given name alone', () => {
  it('"Another reader, Tove from Hallby, writes:" goes to Tove, as "emails:" does', () => {
    const got = speakersByQuote([
      'Letters came in all week about the ferry.',
      'Another reader, Tove from Hallby, writes: "The ferry is always late."',
      'A third reader, Jonas from Brekke, emails: "The ferry is never late."',
      'One listener, Arvo in Tamsal, writes: "Nobody rides the ferry now."',
    ]);
    expect(got.get('The ferry is always late')).toBe('Tove');
    expect(got.get('The ferry is never late')).toBe('Jonas');
    expect(got.get('Nobody rides the ferry now')).toBe('Arvo');
  });

  it('a common word set off with a place is no given name', () => {
    const got = speakersByQuote(['Letters came in all week.', 'A spokesman, Head in Vastra, said: "The ferry runs."']);
    expect(got.get('The ferry runs')).not.toBe('Head');
  });

  it('an inverted credit after the quote names the one described by the name the clause gives', () => {
    const got = speakersByQuote([
      'The quay was crowded on Sunday.',
      '"Of course the ferry is political. Look at the boats," said a retired welder who gave his name only as Arvo, pointing at the pier.',
      '"The boats are old," a fisherman who gave his name only as Lauri said.',
      '"The boats are new," said the skipper, who had met a man who gave his name only as Pekka.',
    ]);
    expect(got.get('Of course the ferry is political. Look at the boats')).toBe('Arvo');
    expect(got.get('The boats are old')).toBe('Lauri');
    expect(got.get('The boats are new')).not.toBe('Pekka');
  });
});
