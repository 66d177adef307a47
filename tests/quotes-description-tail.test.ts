import { describe, it, expect } from 'vitest';
import { parseSpeakerPhrase } from '../src/quotes/speaker-phrases.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: an inverted credit's description keeps the words that tell who the person
// is ("a source close to the mayor"), so that two unnamed sources stay two people.
describe('an inverted description keeps its prepositional phrases', () => {
  it('keeps "close to", "to" and "at" phrases that close the sentence', () => {
    const paras = [
      'The council met on Tuesday. "We are nowhere near a deal," said a source close to the mayor.',
      '"The vote will slip," said one longtime adviser to the council. "Nobody told us," said a source at the harbour office.',
    ];
    expect(speakerOf(paras, 'nowhere near a deal')).toBe('a source close to the mayor');
    expect(speakerOf(paras, 'The vote will slip')).toBe('one longtime adviser to the council');
    expect(speakerOf(paras, 'Nobody told us')).toBe('a source at the harbour office');
  });

  it('leaves a phrase of time or of the way it was said outside the description', () => {
    const paras = ['The port reopened. "It was chaos," said a source at the port on Monday. "Slow," said a worker in an interview.'];
    expect(speakerOf(paras, 'It was chaos')).toBe('a source');
    expect(speakerOf(paras, 'Slow')).toBe('a worker');
  });

  it('does not turn a role before a name into that name\'s words', () => {
    const paras = ['The minister resigned. "She will not comment," said a spokesman for Marta Lindqvist.'];
    expect(speakerOf(paras, 'She will not comment')).toBe('a spokesman for Marta Lindqvist');
    const titled = ['The port opened. "We are ready for the guests," said the mayor of the Harbour District Ilse Brandt on the eve of the visit.'];
    expect(speakerOf(titled, 'ready for the guests')).toBe('Ilse Brandt');
  });
});

describe('a capitalised kind of person after "one" or "a" with a phrase after it', () => {
  it('reads "one Democrat familiar with ..." and "a Republican from ..." as descriptions', () => {
    expect(parseSpeakerPhrase('one Democrat familiar with the budget talks')).toMatchObject({ type: 'description', head: 'democrat', kind: 'unnamed' });
    expect(parseSpeakerPhrase('a Republican from the county board')).toMatchObject({ type: 'description', head: 'republican', kind: 'unnamed' });
    expect(parseSpeakerPhrase('a source involved in the hiring')).toMatchObject({ type: 'description', head: 'source' });
  });

  it('leaves a capitalised run that is a name as it was', () => {
    expect(parseSpeakerPhrase('One Fund for Justice ad')).not.toMatchObject({ type: 'description', head: 'fund' });
    expect(parseSpeakerPhrase('a leaflet handed out by Marsh on Friday')).not.toMatchObject({ type: 'description', head: 'marsh' });
  });

  it('credits the whole description after an inverted verb', () => {
    const paras = ['The board voted late. "We were outplayed," said one Liberal involved in the count, who asked not to be named.'];
    expect(speakerOf(paras, 'We were outplayed')).toBe('one Liberal involved in the count');
  });
});

describe('a role "for" or "to" a person describes someone working for that person', () => {
  it('reads "a spokesman for NAME" and "an aide to President NAME" as descriptions, a body between as a title', () => {
    expect(parseSpeakerPhrase('a spokeswoman for Edda Marsh')).toMatchObject({ type: 'description', head: 'spokeswoman' });
    expect(parseSpeakerPhrase('a former aide to President Edda Marsh')).toMatchObject({ type: 'description', head: 'aide' });
    expect(parseSpeakerPhrase('ambassador to Chile Jane Roe')).toMatchObject({ type: 'name', name: 'Jane Roe' });
  });

  it('does not give the spokesman\'s words to the one he speaks for', () => {
    const paras = ['Edda Marsh left the hearing early. "She has nothing to add," a spokeswoman for Edda Marsh said later.'];
    expect(speakerOf(paras, 'nothing to add')).not.toBe('Edda Marsh');
  });
});
