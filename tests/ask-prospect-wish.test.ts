import { describe, expect, it } from 'vitest';
import { answerKind } from '../src/search/question-kind.ts';
import { firstPassage } from './helpers/towns.ts';

// An invented report: the second paragraph says only that Westfield wants the engine; the third says the handing
// over may come in time.
const FIRE_ENGINE = [
  'The mayors of Eastburg and Westfield met on Friday at the old mill.',
  'Westfield also seems desperate to secure a new fire engine and ladder trucks from Eastburg, as the town is hellbent on rebuilding its fire service.',
  '"The transfer of the old fire engine may be carried out over the long term," a council clerk said.',
  'Westfield needs more buses for its schools.',
];

describe('what may come, not what someone wants', () => {
  it('answers "will X hand over Y" with the paragraph saying it may happen, not the one saying the other side wants it', () => {
    expect(firstPassage(FIRE_ENGINE, 'will eastburg hand over the fire engine')).toBe('towns#p3');
  });

  it('reads "is X likely to ..." as asking what may come', () => {
    expect(answerKind('is eastburg likely to hand over the fire engine?')).toBe('prospect');
    expect(answerKind('will it probably rain on the fair')).toBe('prospect');
    expect(firstPassage(FIRE_ENGINE, 'is eastburg likely to hand over the fire engine?')).toBe('towns#p3');
  });

  it('still answers a wish asked with the paragraph saying it', () => {
    expect(firstPassage(FIRE_ENGINE, 'will westfield still want the fire engine')).toBe('towns#p2');
  });
});
