import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people).
describe('"...," said X. Unless ..., "words."', () => {
  it('gives a quote that only a fronted phrase of the writer opens to the speaker of the quote before', () => {
    const paragraphs = [
      '"It is a turning point," said Ilse Marvik, a strategist who ran two mayoral campaigns. Unless the other candidates leave the race soon, "it is very hard to see how she is stopped before the spring."',
    ];
    expect(speakerOf(paragraphs, 'very hard to see how she is stopped')).toBe('Ilse Marvik');
  });

  it('also after "Without ...," and "If ...,"', () => {
    expect(speakerOf(['"We are not done," Bruno Tessaro told reporters. Without a new budget, "the clinics will close by the winter."'], 'the clinics will close')).toBe('Bruno Tessaro');
    expect(speakerOf(['"The vote is close," Bruno Tessaro said. If the count goes on past midnight, "we will wait for every ballot."'], 'we will wait for every ballot')).toBe('Bruno Tessaro');
  });

  it('credits nobody when the phrase names someone, holds a pronoun, or follows a question', () => {
    expect(speakerOf(['"It is a turning point," said Ilse Marvik, a strategist. Unless Petra Lunde leaves the race soon, "it is very hard to see how she is stopped."'], 'very hard to see')).toBeNull();
    expect(speakerOf(['"It is a turning point," said Ilse Marvik, a strategist. If she wins the county, "it is over for the rest of them."'], 'it is over for')).toBeNull();
    expect(speakerOf(['"Where were you on Friday?" Ilse Marvik asked. Unless the clerk lied, "it was the night of the fire."'], 'the night of the fire')).toBeNull();
  });

  it('leaves a capitalised quote after the phrase alone (a quote of its own, not the rest of the sentence)', () => {
    expect(speakerOf(['"It is a turning point," said Ilse Marvik, a strategist. Unless the others quit, "Vote for me" is the only slogan left.'], 'Vote for me')).toBeNull();
  });
});
