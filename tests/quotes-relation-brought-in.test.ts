import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): a person brought in as "His daughter, NAME," and later
// called only "His daughter".
describe('"His daughter" after "His daughter, NAME," brought her in', () => {
  it('"His daughter said he was "..."" is the daughter the text named', () => {
    expect(speakerOf(['Tomas Vell fixes boats. His daughter, Lina Vell, is a nurse. Later, Tomas Vell went out to the jetty. His daughter said he was "tired of it all" these days.'], 'tired of it all')).toBe('Lina Vell');
  });
  it('"His daughter watched him. "...," she said." is the daughter too', () => {
    expect(speakerOf(['Tomas Vell fixes boats. His daughter, Lina Vell, is a nurse. Later, Tomas Vell went out to the jetty. His daughter looked at him from the porch. "He will tell you he is well," she said.'], 'He will tell you he is well')).toBe('Lina Vell');
  });
  it('two men\'s daughters so brought in leave "His daughter" open', () => {
    expect(speakerOf(['Tomas Vell fixes boats. His daughter, Lina Vell, is a nurse. Peter Holm sells nets. His daughter, Anna Holm, sells fish. His daughter said he was "tired of it all" these days.'], 'tired of it all')).not.toBe('Lina Vell');
  });
});
