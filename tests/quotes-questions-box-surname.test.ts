import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { isQuestionLine, paragraphBeforeQuestions } from '../src/quotes/questions-between.ts';

// Passages written for these tests: an explainer's box of readers' questions put to one of two namesakes; the
// bare surname answering them is the one named before the questions, not the namesake who spoke last.
describe('a bare surname answering questions put to one of two namesakes', () => {
  const paras = [
    'Dr. Ivo Brandt, who ran the port authority until 2019, called it "a bad deal."',
    '"Every time the port grows, the town pays," said Dr. Mara Brandt, a lecturer in economics. She is no relation to Ivo Brandt.',
    'Ivo Brandt disagreed. "The town gains more than it pays," he said.',
    '**READERS ASK**',
    "*We put readers' questions to Dr. Mara Brandt.*",
    '**Will the ferry fares rise?**',
    '"Some have risen already. They may rise again," Dr. Brandt said.',
    '**Does the council gain anything?**',
    '"The council gains a partner," she said.',
  ];
  const by = speakersByOpening(paras);
  it('the first answer is the one the questions were put to', () => {
    expect(by.get('Some have risen')).toBe('Mara Brandt');
  });
  it('and so is the "she said" after the next question', () => {
    expect(by.get('The council gains')).toBe('Mara Brandt');
  });
  it('the namesake who spoke before the box keeps his own words', () => {
    expect(by.get('The town gains')).toBe('Ivo Brandt');
  });
  it('reads question lines and the paragraph before them', () => {
    expect(isQuestionLine('**Will the ferry fares rise?**')).toBe(true);
    expect(isQuestionLine('"Will they rise?" she asked.')).toBe(false);
    expect(paragraphBeforeQuestions(['Intro.', '**Why?**', '**And how?**', 'Answer.'], 4)).toBe(1);
    expect(paragraphBeforeQuestions(['Intro.', 'Answer.'], 2)).toBeNull();
  });
});
