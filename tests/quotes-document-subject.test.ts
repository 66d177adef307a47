import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { documentSubjectSaid } from '../src/quotes/document-subject.ts';

// Passages written for these tests (invented officials, places and documents): when the speech verb that governs the
// quote has a document for its subject ("your memo from Lima said"), the words are the document's. Neither the one
// who tells of the document nor a place in the phrase saying where it came from is their speaker.
const WORDS = 'Tarvonia will trade with anyone who pays in gold.';

describe('a document as the subject of the verb governing the quote', () => {
  it('is not the words of the one who tells of it', () => {
    expect(speakerOf([`Ambassador, my aide tells me your memo from Lima in 2015 said, "${WORDS}" Was that right?`], 'trade with anyone')).toBeNull();
    expect(speakerOf([`The mayor says your memo from Lima in 2015 said: "${WORDS}"`], 'trade with anyone')).toBeNull();
    expect(speakerOf([`Mayor Olin Brask says the report from the ministry said "${WORDS}"`], 'trade with anyone')).toBeNull();
    expect(speakerOf([`Olin Brask said the letter from his lawyer said: "${WORDS}"`], 'trade with anyone')).toBeNull();
  });
  it('is not the words of the place it came from', () => {
    expect(speakerOf([`My aide says the memo from Lima said, "${WORDS}"`], 'trade with anyone')).toBeNull();
  });
  it('reads through the writer\'s aside before the quote', () => {
    expect(speakerOf([`Ambassador, my aide tells me your memo from Lima in 2015 said, and I quote, "${WORDS}" Was that right?`], 'trade with anyone')).toBeNull();
  });
  it('leaves a person who says the words, and a document credited as itself', () => {
    expect(speakerOf([`Olin Brask said, "${WORDS}"`], 'trade with anyone')).toBe('Olin Brask');
    expect(speakerOf([`Olin Brask, who read the memo from Lima, said: "${WORDS}"`], 'trade with anyone')).toBe('Olin Brask');
    expect(speakerOf([`Olin Brask noted the memo from Lima and said: "${WORDS}"`], 'trade with anyone')).toBe('Olin Brask');
  });
  it('leaves the document to the one who owns it', () => {
    expect(speakerOf(['Tomas Vell met Rina Vastholm this week.', 'Her letter said: "You said the port would never close."'], 'port would never')).toBe('Rina Vastholm');
    expect(speakerOf(['Tomas Vell met Rina Vastholm this week.', "Vastholm's letter said: \"You said the port would never close.\""], 'port would never')).toBe('Rina Vastholm');
  });
});

describe('documentSubjectSaid', () => {
  it('reads the document nearest the verb, with where it came from', () => {
    expect(documentSubjectSaid('The mayor says your memo from Lima in 2015 said: ')?.phrase).toBe('your memo from Lima in 2015');
    expect(documentSubjectSaid('My aide says the report from the Tarvonian ministry said, ')?.phrase).toBe('the report from the Tarvonian ministry');
    expect(documentSubjectSaid("The mayor says Ivo Roe's memo said: ")?.owner).toBe('Ivo Roe');
    expect(documentSubjectSaid('Her letter said: ')?.owner).toBe('Her');
  });
  it('reads no person, body or other clause as the document', () => {
    expect(documentSubjectSaid('My aide says the spokesman from Lima said, ')).toBeNull();
    expect(documentSubjectSaid('My aide says the ministry in Lima said, ')).toBeNull();
    expect(documentSubjectSaid('Olin Brask noted the letter from Kask and then said: ')).toBeNull();
  });
});
