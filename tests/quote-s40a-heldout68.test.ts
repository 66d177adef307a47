import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../src/quotes/extract-quotes.ts';
import { doc, passagesOf } from './helpers/docs.ts';

// Sentences written for these tests (session 40, helper A), with invented names.
function quotesOf(paragraphs: string[]): ReturnType<typeof extractQuotes>['quotes'] {
  return extractQuotes(passagesOf(doc('t', '2024-05-02', paragraphs))).quotes;
}
// (The tightest quotation holding the words: a quote inside a quote as its own, not as the outer one.)
const speakerOf = (quotes: ReturnType<typeof quotesOf>, words: string): string | null => quotes.filter((x) => x.quote.includes(words)).sort((a, b) => a.quote.length - b.quote.length)[0]?.speaker ?? null;

describe('a "he" in the paragraph after a transcript turn that quoted another is not the turn\'s speaker', () => {
  it('does not credit the correspondent with the words of the one he quoted', () => {
    const quotes = quotesOf([
      '[Rush transcript of the late bulletin. Names in capitals show who speaks.]',
      'PRESENTER NORA QUILL: Good evening. The harbour strike is in its third day. Our reporter Owen Platt is at the docks. Owen, what do we know?',
      'OWEN PLATT, REPORTER: Nora, the talks broke up at noon. The port\'s director told the union on Monday that the offer was final. A senior manager at the port authority, who spoke to a handful of us on condition that he not be named, said the strike was "a test of nerve, not of money."',
      'He went further. "Every crane that stands idle costs us a fortune," he said, "and someone will have to pay for it."',
    ]);
    expect(speakerOf(quotes, 'Every crane that stands idle')).not.toBe('Owen Platt');
    expect(speakerOf(quotes, 'someone will have to pay')).not.toBe('Owen Platt');
  });
});

describe('"Asked by NAME, whether ..., he said": the asker named in the fronted phrase is not the "he" who answers', () => {
  it('does not credit the asker', () => {
    const quotes = quotesOf([
      'The transport minister, Colm Arden, faced the committee on Thursday. He said the rail plan was "late but sound."',
      'Asked by the Green member for Hollin Bay, Piers Kettle, whether the plan would be scrapped, he said that "every option is still open."',
    ]);
    expect(speakerOf(quotes, 'every option is still open')).not.toBe('Piers Kettle');
  });
  it('still credits the named subject of "Asked by NAME, ..., NAME said"', () => {
    const quotes = quotesOf([
      'Asked by the host, Dana Fell, for a forecast, Iris Moen said she expected "a long winter."',
    ]);
    expect(speakerOf(quotes, 'a long winter')).toBe('Iris Moen');
  });
});

describe('a relative clause of time or place whose own new subject speaks: "at which a NOUN had ... and said:"', () => {
  it('credits the one described in the clause, not the one who recalls the scene', () => {
    const quotes = quotesOf([
      'Hana Brill, who ran the consulate in Tallinn for six years, told the panel the feud was old.',
      'She recalled a reception in 2011 at which a Latvian trade envoy had raised his glass and said: "Neighbours quarrel; families do not."',
    ]);
    expect(speakerOf(quotes, 'Neighbours quarrel')).not.toBe('Hana Brill');
    expect(speakerOf(quotes, 'Neighbours quarrel')).toMatch(/envoy/u);
  });
  it('credits a person named as the clause\'s subject', () => {
    const quotes = quotesOf([
      'Tobias Renn described the launch party, where Clara Vissing stood on a chair and shouted: "We did it in nine months!"',
    ]);
    expect(speakerOf(quotes, 'We did it in nine months')).toBe('Clara Vissing');
  });
  it('leaves the main subject speaking when the clause has no speech of its own', () => {
    const quotes = quotesOf([
      'Tobias Renn recalled the night when the power failed, and said: "We finished the work by candlelight."',
    ]);
    expect(speakerOf(quotes, 'by candlelight')).toBe('Tobias Renn');
  });
});

describe('a name after "with" that ends a body\'s capitalised name ("the League for Cooperation with Peru") is no speaker', () => {
  it('credits the body, not the country its name ends on', () => {
    const quotes = quotesOf([
      'In Oslo, the League for Cooperation with Moldova sent a letter to the minister, saying that the visit had "opened a door long shut."',
      'The Council on Trade with Chile said the tariffs were "a step backwards."',
    ]);
    expect(speakerOf(quotes, 'opened a door long shut')).not.toBe('Moldova');
    expect(speakerOf(quotes, 'opened a door long shut')).toMatch(/League/u);
    expect(speakerOf(quotes, 'a step backwards')).not.toBe('Chile');
    expect(speakerOf(quotes, 'a step backwards')).toMatch(/Council/u);
  });
});

describe('a vox pop\'s label over the quote: "**NAME, AGE, JOB:**" then the words in the next paragraph', () => {
  it('credits the person the label names, bold or with an age', () => {
    const quotes = quotesOf([
      'We asked shoppers in Harlow market what they thought of the new bridge toll.',
      '**Brenda Okafor-Hale, 58, florist:**',
      '"Two pounds each way is robbery. My van crosses six times a day."',
      'Desmond Price, 33, bus driver:',
      '"The queues are shorter, I will give them that."',
      '**Kofi, 17, who did not give his surname:**',
      '"I walk anyway, so I do not care."',
    ]);
    expect(speakerOf(quotes, 'Two pounds each way')).toBe('Brenda Okafor-Hale');
    expect(speakerOf(quotes, 'The queues are shorter')).toBe('Desmond Price');
    expect(speakerOf(quotes, 'I walk anyway')).toBe('Kofi');
  });
  it('does not read a label of neither shape, nor one holding a verb of speech', () => {
    const quotes = quotesOf([
      'Harlow Bridge, the town\'s oldest crossing, in numbers:',
      '"Six thousand vehicles a day."',
    ]);
    expect(speakerOf(quotes, 'Six thousand vehicles')).toBe(null);
  });
});

describe('one described with a place adverb after the noun ("A diplomat here"), who "was more cautious", is the "she" of the quote after', () => {
  it('reads "An engineer here, also speaking off the record, was more cautious." as setting up the next speaker', () => {
    const quotes = quotesOf([
      'Gale Worth reported from the shipyard.',
      'An engineer here, also speaking off the record, was more cautious. "The hull is sound; the schedule is not," she said.',
    ]);
    expect(speakerOf(quotes, 'The hull is sound')).toMatch(/engineer/u);
  });
  it('reads "A nurse there was more reserved." so too', () => {
    const quotes = quotesOf([
      'A nurse there was more reserved. "We will see what the winter brings," she said.',
    ]);
    expect(speakerOf(quotes, 'what the winter brings')).toMatch(/nurse/u);
  });
});

describe('a transcript turn\'s label opens no sentence: the words after it are read as a sentence of their own', () => {
  it('credits the one the turn\'s first sentence sets up to speak', () => {
    const quotes = quotesOf([
      '[Rush transcript. Names in capitals show who speaks.]',
      'ANCHOR NORA QUILL: Good evening. Owen, how did the crews take the news?',
      'OWEN PLATT, REPORTER: A welder here, also speaking off the record, was more cautious. "We have been promised plenty," she told me, "and the yard is still half empty."',
      'QUILL: Owen Platt at the docks, thank you.',
    ]);
    expect(speakerOf(quotes, 'We have been promised plenty')).toMatch(/welder/u);
    expect(speakerOf(quotes, 'the yard is still half empty')).toMatch(/welder/u);
  });
});

describe('a subject after a fronted "Beside her," and one described with a clause of anonymity ("who would not be named")', () => {
  it('credits the one described', () => {
    const quotes = quotesOf([
      'Beside her, a Danish port official who would not be named said the berths were "full until spring."',
      'Alongside him at the hearing, a customs officer who asked not to be identified said the paperwork was "a work of fiction."',
    ]);
    expect(speakerOf(quotes, 'full until spring')).toMatch(/official/u);
    expect(speakerOf(quotes, 'a work of fiction')).toMatch(/officer/u);
  });
});

describe('a pronoun\'s contraction ("I\'ll let the Minister ...") opens a clause, never a phrase naming someone', () => {
  it('leaves the minister named before as the "she" of the turn', () => {
    const quotes = quotesOf([
      'MR HOLT: Good afternoon. I have two announcements, and then I will take your questions.',
      'QUESTION: Minister Carla Venn said on Monday that the port should "reopen at once". Will it?',
      'MR HOLT: I\'ll let the Minister speak for her department. She has said that "nobody wants a long closure", and I agree with her.',
      'QUESTION: Thank you.',
    ]);
    expect(speakerOf(quotes, 'nobody wants a long closure')).toBe('Carla Venn');
  });
});

describe('"a submission from the NAME OF A BODY, which said that ... \\"...\\"": the body speaks', () => {
  it('credits the body the relative clause of speech hangs on', () => {
    const quotes = quotesOf([
      'The inquiry heard a written statement from the Northern Fisheries Council, which said that catches had been "falling for a decade."',
    ]);
    expect(speakerOf(quotes, 'falling for a decade')).toBe('the Northern Fisheries Council');
  });
  it('does not credit a body the words were sent to', () => {
    const quotes = quotesOf([
      'Marta Ilves sent a long letter to the Northern Fisheries Council, which said that the quotas were "a death sentence."',
    ]);
    expect(speakerOf(quotes, 'a death sentence')).not.toBe('the Northern Fisheries Council');
  });
});

describe('"X sent a message ... The message added: \\"...\\"": the message speaks in its sender\'s name', () => {
  it('credits the sender of the message', () => {
    const quotes = quotesOf([
      'In Tartu, the Alliance for Friendship with Georgia sent a message of thanks to the festival, saying the concert had "moved everyone who heard it."',
      'The message added: "We hope to return next summer."',
    ]);
    expect(speakerOf(quotes, 'We hope to return next summer')).toMatch(/Alliance/u);
  });
  it('credits nobody when no sender is told', () => {
    const quotes = quotesOf([
      'The festival closed on Sunday night.',
      'The message added: "We hope to return next summer."',
    ]);
    expect(speakerOf(quotes, 'We hope to return next summer')).toBe(null);
  });
});

describe('quotes inside a quote: "the words of my grandmother, \'...\'" and a "he" meaning the one brought in by "a" before the outer quote', () => {
  it('credits the father whose words they are', () => {
    const quotes = quotesOf([
      'Mina Osei, 47, a baker in Kumasi, said: "When the shop burned I thought of the words of my grandmother, \'Bread is patient,\' and I started again."',
    ]);
    expect(speakerOf(quotes, 'Bread is patient')).toMatch(/grandmother/u);
  });
  it('credits the newcomer of the paragraph the "he" inside the quote means', () => {
    const quotes = quotesOf([
      'Ines Varga recalled that a visiting inspector had once promised the school a new roof. "He told us, \'The roof comes before the rains,\' and we are still waiting," she said.',
    ]);
    expect(speakerOf(quotes, 'The roof comes before the rains')).toMatch(/inspector/u);
  });
  it('credits nobody when a man is named beside the newcomer', () => {
    const quotes = quotesOf([
      'Ines Varga recalled that Paul Dorn and a visiting inspector had once promised the school a new roof. "He told us, \'The roof comes before the rains,\' and we are still waiting," she said.',
    ]);
    expect(speakerOf(quotes, 'The roof comes before the rains')).toBe(null);
  });
});

describe('a clause of anonymity after one described tells the sex: "who spoke on condition that he not be named"', () => {
  it('lets the "he" of the next paragraph mean the one described, past an older man named before', () => {
    const quotes = quotesOf([
      'Mr. Halvorsen told reporters afterwards that the port would reopen, and nobody said more than that in public. Here in the capital the reaction has been sharp. A senior official at the finance ministry, who met three of us on condition that he not be named, said the deal was "a loan, not a gift."',
      'He went further. "Every ton of grain is counted," he said.',
    ]);
    expect(speakerOf(quotes, 'Every ton of grain is counted')).toMatch(/official/u);
  });
});
