import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences written for these tests (session 56, helper h3), with invented names, places and outlets.
function quotesOf(paragraphs: string[]): ReturnType<typeof extractQuotes>['quotes'] {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes;
}
const speakerOf = (quotes: ReturnType<typeof quotesOf>, words: string): string | null => quotes.filter((x) => x.quote.includes(words)).sort((a, b) => a.quote.length - b.quote.length)[0]?.speaker ?? null;

describe('\'"...," was how NAME described the town, according to SOURCE\': the describer speaks, not the source', () => {
  it('credits the subject of "was how ... described" over the source named after', () => {
    const quotes = quotesOf([
      'Mirela Vostan, the mayor of Dunwell, opened the new bridge on Monday.',
      '"Our bridges are old and have a long history," was how Vostan described the town in the visitors\' book, according to the council.',
    ]);
    expect(speakerOf(quotes, 'Our bridges are old')).toBe('Mirela Vostan');
  });

  it('reads "is how ... puts it" and "was the way ... put it" the same, with a description or a name', () => {
    const quotes = quotesOf([
      'Tomas Quell, a builder from Harnby, said the work took a year.',
      '"Slow and steady," is how Quell describes his method, according to colleagues.',
      '"Nobody asked us," was the way the builder put it to the council, according to the minutes.',
    ]);
    expect(speakerOf(quotes, 'Slow and steady')).toBe('Tomas Quell');
    // (The description may stay as written; never the minutes that carried the words.)
    expect(['Tomas Quell', 'the builder']).toContain(speakerOf(quotes, 'Nobody asked us'));
  });

  it('leaves a quote that is the object of another clause alone', () => {
    const quotes = quotesOf([
      'Tomas Quell, a builder from Harnby, spoke first.',
      'The council called the plan "a folly", which was how Quell felt about it too.',
    ]);
    expect(speakerOf(quotes, 'a folly')).not.toBe('Tomas Quell');
  });
});

describe('an italic photo credit after a caption\'s last sentence is no part of the speaker\'s name', () => {
  it('ends the name at the full stop before "*Photo: ...*"', () => {
    const quotes = quotesOf([
      '**3. The harbour.** The ferry leaves Dunwell at dawn. "We sail in any weather," said harbour master Tomas Quell. *Photo: Lena Bark/Coast Pool*',
      '**4. The quay.** Fishermen wait. "We wait every day," said fisherman Piet Arland. *Lena Bark / Coast Pool*',
    ]);
    expect(speakerOf(quotes, 'We sail in any weather')).toBe('Tomas Quell');
    expect(speakerOf(quotes, 'We wait every day')).toBe('Piet Arland');
  });

  it('keeps a title\'s abbreviation before an italic name in one sentence', () => {
    const quotes = quotesOf(['"We sail in any weather," said Dr. *Ruth Amsel*, the harbour doctor.']);
    expect(speakerOf(quotes, 'We sail in any weather')).toBe('Ruth Amsel');
  });
});

describe('an Arabic name\'s lower-case article ("al-", "el-") is part of the name', () => {
  // (The speaker's name is given back as the text wrote it, article in lower case: the reading's capital is its own.)
  it('credits the full name, and tells namesakes of either sex apart by their given names', () => {
    const quotes = quotesOf([
      'Nadia al-Dirani, a researcher at the Harnby Institute, disagreed. "Ships are substance," she said.',
      'Her colleague at the institute, Omar al-Dirani, who is not related to her, was more cautious. He said the evidence so far was "thin at best".',
    ]);
    expect(speakerOf(quotes, 'Ships are substance')).toBe('Nadia al-Dirani');
    expect(speakerOf(quotes, 'thin at best')).toBe('Omar al-Dirani');
  });

  it('reads the surname with its article, and without it, as the one named in full', () => {
    const quotes = quotesOf([
      'Omar el-Sayed, a professor at the Harnby Institute, spoke first. "These are two isolated towns," el-Sayed said.',
      'Sayed cautioned, however, that the council should wait. "The photographs are bigger than the substance," he said.',
    ]);
    expect(speakerOf(quotes, 'two isolated towns')).toBe('Omar el-Sayed');
    expect(speakerOf(quotes, 'The photographs are bigger')).toBe('Omar el-Sayed');
  });

  it('leaves the words inside quotation marks as written', () => {
    const quotes = quotesOf(['"We met al-Sayed twice," said Piet Arland.']);
    expect(quotes[0]!.quote).toContain('al-Sayed');
  });
});

describe('"his father" credited after a quote when the owner\'s name tells no sex but the text does', () => {
  it('credits the father named in full before, the owner being a man by "he said"', () => {
    const quotes = quotesOf([
      'Pak Su-chol watched the match in a cafe in Harnby. "I knew every player," he said.',
      'His father, Pak Man-gil, was a clerk in Harnby. He died in 2009.',
      '"The sailors will come back when they need us," his father told him one night in 1998, Pak recalls.',
    ]);
    expect(speakerOf(quotes, 'The sailors will come back')).toBe('Pak Man-gil');
  });

  it('credits no one when nothing tells the owner\'s sex', () => {
    const quotes = quotesOf([
      'Pak Su-chol watched the match in a cafe in Harnby.',
      'His father, Pak Man-gil, was a clerk in Harnby. He died in 2009.',
      '"The sailors will come back when they need us," his father told him one night in 1998, Pak recalls.',
    ]);
    expect(speakerOf(quotes, 'The sailors will come back')).toBeNull();
  });
});

describe('"Before we paid the bill, NAME ...": a fronted clause of time is no commaless phrase before a subject', () => {
  it('keeps the main clause\'s subject at hand for the "he said" after it', () => {
    const quotes = quotesOf([
      'Tomas Vell drives a van in Harnby. "I like the roads," he said.',
      'His sister, Nadia Vell, is a nurse. "Things change," Nadia Vell said.',
      'Before we paid the bill, Tomas picked up his phone again and looked at the photograph for a long time.',
      '"My father would have laughed," he said finally.',
    ]);
    expect(speakerOf(quotes, 'My father would have laughed')).toBe('Tomas Vell');
  });

  it('reads "Before leaving the cafe, NAME ..." the same', () => {
    const quotes = quotesOf([
      'Tomas Vell drives a van in Harnby. "I like the roads," he said.',
      'His sister, Nadia Vell, is a nurse. "Things change," Nadia Vell said.',
      'Before leaving the cafe, Tomas picked up his phone again and looked at the photograph for a long time.',
      '"My father would have laughed," he said finally.',
    ]);
    expect(speakerOf(quotes, 'My father would have laughed')).toBe('Tomas Vell');
  });
});

describe('"the uncle" after a subhead that holds the word: the subhead is no other use of it', () => {
  it('credits the one the text brought in as "his uncle"', () => {
    const quotes = quotesOf([
      'Pak Su-chol drives a van in Harnby. "I like the roads," he said.',
      '## The uncle in Dunwell',
      'Not everyone in the family agrees. His uncle, Kang Tae-su, left in 1997 and now runs a shop in Dunwell.',
      '"My nephew worries too much," Kang said in a video call.',
      'Tae-su, who was a teacher before he left, said he had not called home for years. "There is nobody left there to call," the uncle said quietly.',
    ]);
    expect(speakerOf(quotes, 'There is nobody left there to call')).toBe('Kang Tae-su');
  });

  it('still leaves "the uncle" open when the body text used the word of someone else', () => {
    const quotes = quotesOf([
      'Pak Su-chol drives a van in Harnby. "I like the roads," he said. An uncle of a neighbour sold him the van.',
      '## The family in Dunwell',
      'Not everyone in the family agrees. His uncle, Kang Tae-su, left in 1997 and now runs a shop in Dunwell.',
      '"My nephew worries too much," Kang said in a video call.',
      'Tae-su, who was a teacher before he left, said he had not called home for years. "There is nobody left there to call," the uncle said quietly.',
    ]);
    expect(speakerOf(quotes, 'There is nobody left there to call')).not.toBe('Kang Tae-su');
  });
});
