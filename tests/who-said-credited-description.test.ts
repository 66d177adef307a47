import { describe, it, expect } from 'vitest';
import { creditedByDescription } from '../src/quotes/credited-description.ts';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: a deputy minister named with his office, then credited by other
// descriptions the office does not hold ("the 52-year-old diplomat", "the deputy minister"), and a researcher
// brought in by her age before a pronoun's quote.
const article = doc('ferry-talks', '2024-11-12', [
  'Deputy Transport Minister Arvid Tolleson told reporters in Brask that the ferry talks had stalled.',
  '"We have offered three routes and heard nothing back," the deputy minister said.',
  'The 52-year-old diplomat, a former consul in Orvik, said Brask would "not pay twice for one harbour."',
  '"A ferry is not a speech, it is a timetable," he continued.',
  'Lena Marsk, a researcher at the Orvik Maritime Institute, disagreed.',
  'The 41-year-old researcher, who spent a winter on the ferries, said the delay was the council\'s. "The boats are ready. The paperwork is not," she said.',
  '"Nobody asked the crews," said Tomas Brink, a deckhand.',
]);
const ask = whoSaidOver(article);

describe('who-said: a description typed that the text credits the speaker by', () => {
  it('"the 52-year-old diplomat said ..." is the deputy minister the text calls so, of any of his quotes', () => {
    const a = ask('the 52-year-old diplomat said a ferry is not a speech, it is a timetable');
    expect(a.matches[0]).toMatchObject({ speaker: 'Arvid Tolleson', verdict: 'same', speakerMatches: true });
  });

  it('"the deputy minister" after a quote credits it; the age before a pronoun\'s quote too', () => {
    expect(ask('did the deputy minister say a ferry is not a speech').matches[0]).toMatchObject({ speaker: 'Arvid Tolleson', speakerMatches: true });
    expect(ask('the 41-year-old researcher said the boats are ready. the paperwork is not').matches[0]).toMatchObject({ speaker: 'Lena Marsk', speakerMatches: true });
  });

  it('a description the text gives someone else does not match', () => {
    expect(ask('did the 41-year-old researcher say a ferry is not a speech').matches[0]).toMatchObject({ speaker: 'Arvid Tolleson', speakerMatches: false });
    expect(ask('did the 52-year-old diplomat say nobody asked the crews').matches[0]).toMatchObject({ speaker: 'Tomas Brink', speakerMatches: false });
  });

  it('reads only the credit of the quote itself, not a description elsewhere in its paragraph', () => {
    // The description as the object of the sentence before, or before a sentence holding a quote of its own.
    expect(creditedByDescription(['envoy'], 'We will wait.', '"We will wait," she said.', 'Reporters asked the envoy about it. "')).toBe(false);
    expect(creditedByDescription(['envoy'], 'We will wait.', '"We will wait," she said.', 'The envoy said "no" twice. "')).toBe(false);
    expect(creditedByDescription(['envoy'], 'We will wait.', '"We will wait," she said.', 'The envoy said it twice. "')).toBe(true);
    expect(creditedByDescription(['envoy'], 'We will wait.', '"We will wait," Ms Hale told the envoy.', '"')).toBe(false);
  });
});
