import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (summit reports held out in tests/fixtures/corpora/summit-quotes-heldout19
// missed these shapes; the sentences are new).
describe('who a source phrase names', () => {
  it('a surname the tagger takes for an interjection is still a name after "Mr."', () => {
    const paras = ['Three economists doubted the plan. Tomas Oh, who teaches at the Lakeside School, was the most doubtful.', 'According to Mr. Oh, the council\'s reserves are "nearly gone." The plan, he said, was "a gamble with other people\'s pensions."'];
    expect(speakerOf(paras, 'nearly gone')).toBe('Tomas Oh');
    expect(speakerOf(paras, 'a gamble')).toBe('Tomas Oh');
  });

  it('a subject and its verb on both sides of an "according to" aside: the subject speaks, the source carries', () => {
    const paras = ['Greta Holm has chaired the port board since 2019.', 'Ms. Holm, according to the local radio station, called the harbour plan "a disaster for fishermen".'];
    expect(speakerOf(paras, 'a disaster for fishermen')).toBe('Greta Holm');
  });

  it('the aside before a thing, not a person, leaves the source\'s credit as it was', () => {
    const paras = ['The harbour plan, according to the local radio station, is "a disaster for fishermen".'];
    expect(speakerOf(paras, 'a disaster for fishermen')).toMatch(/radio station/u);
  });

  it('"a source in the Ministry of X" is the source, not the ministry', () => {
    const paras = ['A source in the Ministry of Fisheries told the paper that new quotas were "being drafted".', '"There is no deadline yet," the source said.'];
    expect(speakerOf(paras, 'being drafted')).toBe('a source in the Ministry of Fisheries');
    expect(speakerOf(paras, 'no deadline yet')).toBe('a source in the Ministry of Fisheries');
  });

  it('the Ministry of X speaking for itself is still the ministry', () => {
    const paras = ['The Ministry of Fisheries said the new quotas were "being drafted".'];
    expect(speakerOf(paras, 'being drafted')).toBe('the Ministry of Fisheries');
  });
});
