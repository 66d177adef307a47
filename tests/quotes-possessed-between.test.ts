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
    // (Many are no "he": "His assistants were more critical.", "Her directors and advisers continued ...".)
    expect(speakerOf(['Coach Ivan Berg praised his players.', 'His assistants were more critical.', '"We defended badly," he said.'], 'defended')).toBe('Ivan Berg');
    expect(speakerOf(['Chief executive Marta Vinn flew to Oslo.', 'Her directors and aides kept reassuring her that the deal was worth it.', '"We must win them over," she said.'], 'win them over')).toBe('Marta Vinn');
  });
});

describe('other shapes of someone else between a name and a pronoun', () => {
  const LEAD = 'Mayor Tom Reddal opened the bridge on Monday.';
  it('leaves "he said" to nobody past "Its designer ...", "One of the builders ..." or "Behind him stood the engineer ..."', () => {
    expect(speakerOf([LEAD, 'Its designer was not invited.', '"It was the best day of my life," he said.'], 'best day')).toBeNull();
    expect(speakerOf([LEAD, 'One of the builders cried.', '"It was the best day of my life," he said.'], 'best day')).toBeNull();
    expect(speakerOf([LEAD, 'Behind him stood the engineer who built it.', '"It was the best day of my life," he said.'], 'best day')).toBeNull();
  });

  it('leaves it to nobody past "He was followed by the engineer, NAME", a man of the gender acting beside him', () => {
    expect(speakerOf([LEAD, 'He was followed on stage by the engineer, Piet Vandel.', '"It was the best day of my life," he said.'], 'best day')).toBeNull();
    expect(speakerOf(['Principal Ada Voss welcomed the pupils back.', 'She was helped by a teacher, Mia Kron.', '"We are ready for them," she said.'], 'ready for them')).toBeNull();
  });

  it('still goes back to the mayor past a crowd, or past a woman following him', () => {
    expect(speakerOf([LEAD, 'A crowd of hundreds cheered as the ribbon was cut.', '"It was the best day of my life," he said.'], 'best day')).toBe('Tom Reddal');
    expect(speakerOf([LEAD, 'He was followed on stage by the engineer, Maria Vandel.', '"It was the best day of my life," he said.'], 'best day')).toBe('Tom Reddal');
  });
});
