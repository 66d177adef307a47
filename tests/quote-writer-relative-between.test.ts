import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';

// Sentences and names written for these tests: in a letter or column, a sentence whose subject is the writer's
// relative ("My niece lives in Tromsø; ...") brings in someone the next "she"/"he" may mean; a person described
// earlier (who spoke before) does not take the pronoun past it.

describe('the writer\'s relative as the subject of a sentence passed over stands between', () => {
  it('"My niece lives in ...; when I rang her, she said ... \\"...,\\" she told me.": not the one described and quoted before', () => {
    const text = [
      'Your article quoted a retired surveyor as saying the clinic closure was "a betrayal of the valley." It is worse than that. My niece lives in Harnvik; when I rang her on Sunday, she said the nearest ward was now three hours away. "We drive with the baby bag packed," she told me. "Every week."',
    ];
    const got = speakersByOpening(text);
    expect(got.get('We drive with')).not.toBe('a retired surveyor');
    expect(got.get('Every week')).not.toBe('a retired surveyor');
  });

  it('"My brother works at the port." passed over: not the man described before', () => {
    const text = [
      'A harbour pilot told your reporter the new cranes were "a long way off." My brother works at the port. "They have not even poured the footings," he said.',
    ];
    expect(speakersByOpening(text).get('They have not')).not.toBe('a harbour pilot');
  });
});
