import { describe, expect, it } from 'vitest';
import { quoteOpeningWith, speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and offices): a capitalised title no dictionary knows, set off
// beside a person's full name, is that person's title, so "the TITLE" is a person and not a body of that name.
describe('a title the document sets off beside a full name', () => {
  it('"The Ollamh, NAME, replied that ... "..."" is the named person', () => {
    expect(speakerOf(['The Ollamh, Dónal Walsh, replied that the council would act "in step with our partners".'], 'in step with our partners')).toBe('Dónal Walsh');
  });
  it('"NAME, the Independent TD for PLACE, ...  "...," the TD said." is a person, the one named', () => {
    const q = quoteOpeningWith(['Ivo Brand, the Independent TD for Galway West, spoke first.', '"It is late," the TD said.']).get('It is late');
    expect(q.kind).toBe('person');
    expect(q.speaker).toBe('Ivo Brand');
  });
  it('so after a name whose particle is one capital ("NAME Ó SURNAME, the Independent TD for PLACE,")', () => {
    const q = quoteOpeningWith(['Colm Ó Dubhda, the Independent TD for Mayo North, spoke first.', 'Ó Dubhda said he had read the report. "It is late," the TD said.']).get('It is late');
    expect(q.kind).toBe('person');
    expect(q.speaker).toBe('Colm Ó Dubhda');
  });
});
