import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests.

describe('an indefinite described person with a phrase of place before the verb is set up to speak', () => {
  it('"A retired teacher sitting near the door asked whether ...": a later "he said" is the teacher', () => {
    const text = ['The hall was full on Friday. A retired teacher sitting near the door asked whether the ferry would run again. "We used to take it every week," he said.'];
    expect(speakerOf(text, 'We used to take it every week')).toMatch(/retired teacher/u);
  });

  it('"A nurse from the village said ...": a later "she said" is the nurse', () => {
    const text = ['The clinic opened late. A nurse from the village said the road had flooded overnight. "We waited two hours for the water to go," she said.'];
    expect(speakerOf(text, 'We waited two hours for the water to go')).toMatch(/nurse/u);
  });

  it('not one who puts a question to another person: "A reporter at the back asked Brand ..." leaves Brand to answer', () => {
    const text = ['Tomas Brand took questions. A reporter at the back asked Brand about the budget. "It is balanced," he said.'];
    expect(speakerOf(text, 'It is balanced') ?? '').not.toMatch(/reporter/u);
  });
});
