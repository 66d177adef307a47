import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Invented interview: the question between two answers names, as its subject, someone the text named in full.
describe("the subject of an interviewer's question is a rival for a pronoun in the answer after it", () => {
  const paragraphs = (question: string): string[] => [
    'After the meeting between Baek Tae Gu and Ivan Dorn, we spoke to Lotte Aasen, who studies the region.',
    '**Dorn says he breaks no rules.**',
    'AASEN: Grushin told journalists, "We are breaking nothing." That was a careful sentence.',
    `**${question}**`,
    'AASEN: He called the dispute "a holy struggle." Leaders do not use such words by accident.',
  ];

  it('keeps the pronoun from the one quoted in the answer before', () => {
    expect(speakerOf(paragraphs('What did Baek say that struck you?'), 'a holy struggle')).not.toBe('Grushin');
  });
});
