import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Two people of one family name written first ("Jo Min-hee", "Jo Tae-sung"): a bare "Jo" goes to the one the
// text is on, and one named in full as a sentence's subject who then speaks by "he said" is still the one a
// bare "Jo" in the next paragraph means.
describe('family name first, two namesakes', () => {
  it('a bare surname after the namesake spoke by pronoun goes on with that namesake', () => {
    const got = speakersByQuote([
      'The visitors scored late through their captain, Jo Min-hee, whose header beat the keeper.',
      '"We never stopped running," Jo said afterwards through an interpreter.',
      'The home coach, Tomas Veld, was unhappy. "We gave it away," he said.',
      'Their coach, Jo Tae-sung, sat beside his captain at the press table and answered mostly in brief phrases. Asked about the goal, he said: "Our team never gives up."',
      'Asked whether the draw meant more, the 60-year-old paused. "Sport brings people closer," Jo said.',
    ]);
    expect(got.get('We never stopped running')).toBe('Jo Min-hee');
    expect(got.get('Our team never gives up')).toBe('Jo Tae-sung');
    expect(got.get('Sport brings people closer')).toBe('Jo Tae-sung');
  });

  it('with no pronoun between, the bare surname goes to the one named as subject just before', () => {
    const got = speakersByQuote([
      'The visitors scored late through their captain, Jo Min-hee, whose header beat the keeper.',
      '"We never stopped running," Jo said afterwards through an interpreter.',
      'Their coach, Jo Tae-sung, sat at the press table.',
      'The 60-year-old paused. "Sport brings people closer," Jo said.',
    ]);
    expect(got.get('Sport brings people closer')).toBe('Jo Tae-sung');
  });

  it('a role owned by a name\'s possessive, a full name set off after it, is the subject the pronoun goes on with', () => {
    const got = speakersByQuote([
      'The visitors scored late through their captain, Jo Min-hee, whose header beat the keeper.',
      '"We never stopped running," Jo said afterwards through an interpreter.',
      "Pyongsan's head coach, Jo Tae-sung, sat beside his captain at the press table. Asked about the goal, he said: \"Our team never gives up.\"",
      'Asked whether the draw meant more, the 60-year-old paused. "Sport brings people closer," Jo said.',
    ]);
    expect(got.get('Our team never gives up')).toBe('Jo Tae-sung');
    expect(got.get('Sport brings people closer')).toBe('Jo Tae-sung');
  });

  it('so in any story: "Norland\'s coach, NAME, was unhappy" then "he said"', () => {
    const got = speakersByQuote(['The match ended level on Friday.', "Norland's coach, Tomas Veld, was unhappy. \"We gave it away,\" he said."]);
    expect(got.get('We gave it away')).toBe('Tomas Veld');
  });
});
