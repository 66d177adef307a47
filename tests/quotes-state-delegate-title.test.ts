import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.ts';
import { speakersByQuote } from './helpers/quotes.ts';

// Paragraphs written for these tests (invented people and places): a state delegate's abbreviated title,
// "state Del.", before the name credited after a quote, and the state's abbreviation "Del." ending a sentence.

describe('"state Del." is a title that goes on into the name after it', () => {
  it('\'"...!" state Del. NAME shouted to the crowd.\': the delegate\'s', () => {
    const got = speakersByQuote(['"This is a big year for the valley!" state Del. Marta Brandt shouted to the crowd.']);
    expect(got.get('This is a big year for the valley!')).toBe('Marta Brandt');
  });

  it('after a relation and before a nickname and a party in brackets', () => {
    const got = speakersByQuote(['"What a season for our future senator, Ivo Olsen!" Olsen\'s niece, state Del. Marta "Mia" Brandt (D-Harbor Point), shouted to the crowd.']);
    expect(got.get('What a season for our future senator, Ivo Olsen!')).toBe('Marta Brandt');
  });

  it('"Del." after a town is the state, and still ends its sentence', () => {
    const s = splitSentences('He grew up in Dover, Del. His father ran a ferry there.');
    expect(s.map((x) => x.text)).toEqual(['He grew up in Dover, Del.', 'His father ran a ferry there.']);
  });
});
