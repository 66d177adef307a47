import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names.
describe('"he" after a sentence opened by someone whose other gender is only guessed from a first name', () => {
  const paras = [
    'Valery Varnov had been waiting near the gate since dawn. "I thought about that when I saw them," Varnov told me.',
    "The mayor's spokesman, Pavel Drozd, was asked the next day whether any deals had been struck. His answer was brief: \"No agreements were signed.\"",
    'Varnov has a shorter word for all of it. "Business," he said, and laughed.',
  ];
  it('does not leap past that subject to a man named further back', () => {
    expect(speakerOf(paras, 'Business')).not.toBe('Pavel Drozd');
  });
  it('but a subject who asked a question is answered by the other: "NAME asked whether ... "...," he said."', () => {
    const asked = [
      '"We will act," Tom Colvin told host Renee Talbot.',
      'Talbot asked whether the town could stop the sale. "Stop it? Nobody can promise that," he said.',
    ];
    expect(speakerOf(asked, 'Nobody can promise that')).toBe('Tom Colvin');
  });
  it('but not when the pronoun\'s own sentence names someone it may mean', () => {
    const own = [
      '"There is anxiety in that campaign," Hilda Crane said.',
      "Bernard Sade also didn't hold back.",
      'Ten days after Crane lost her temper at a greeting line, as she hotly said, "I am so tired of the Sade camp lying" about her record, Sade poked at Crane again.',
    ];
    expect(speakerOf(own, 'I am so tired')).toBe('Hilda Crane');
  });
});
