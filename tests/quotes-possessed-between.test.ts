import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A sentence passed over that opens on someone described as another's relation or helper ("His assistant was
// more critical.") has that one as its subject: a "he said" after it may mean them as well as the one named before.
describe('a possessed description as the subject between a name and a pronoun', () => {
  it('leaves "he said" to nobody past "His assistant was more critical."', () => {
    expect(speakerOf(['Coach Ivan Berg praised his players.', 'His assistant was more critical.', '"We defended badly," he said.'], 'defended')).toBeNull();
    expect(speakerOf(['Coach Ivan Berg praised his players.', 'His assistant was more critical. "We defended badly," he said.'], 'defended')).toBeNull();
  });

  it('does so past a relation set off by a "who" clause, or a neighbour', () => {
    expect(speakerOf(['Farmer Ned Colby lost his crop in the flood.', 'His brother, who farms the next valley, lost his barn.', '"There is nothing left," he said.'], 'nothing left')).toBeNull();
    expect(speakerOf(['Farmer Ned Colby lost his crop in the flood.', 'His neighbour lost his barn.', '"There is nothing left," he said.'], 'nothing left')).toBeNull();
  });

  it('still goes back past one whose noun tells the other gender, or with no possessed subject between', () => {
    expect(speakerOf(['Mayor Ana Holt visited the school.', 'Her husband stayed in the car.', '"It should never have shut," she said.'], 'never have shut')).toBe('Ana Holt');
    expect(speakerOf(['Coach Ivan Berg praised his players.', 'The weather was awful.', '"We defended badly," he said.'], 'defended')).toBe('Ivan Berg');
  });
});
