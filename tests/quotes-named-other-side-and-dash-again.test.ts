import { describe, it, expect } from 'vitest';
import { speakersByOpening } from './helpers/quotes.ts';
import { stanceSubject } from '../src/quotes/stance-subject.ts';

// Passages written for these tests (invented people): a named person who "disagreed" or "objected" right before a
// quote standing alone says it, as one who "was blunter" does; and a dash credit line may go back to one credited
// before with "again".
describe('a named subject taking the other side before a quote standing alone', () => {
  const by = speakersByOpening([
    'Shopkeeper Marta Quell, 49, said trade had been slow all summer. "Nobody buys anything," she said.',
    'Her husband, Mr Tomas Quell, who keeps the shop\'s books, disagreed. "Wait until the rents go up. Then they will stop buying."',
    'Councillor Ines Borrow objected to that account. "The rents are frozen until spring."',
    'Petr Halloran pushed back. "Frozen is not the same as falling."',
  ]);
  it('gives the quote to the one who disagreed, past a clause set off on him', () => {
    expect(by.get('Wait until the')).toBe('Tomas Quell');
    expect(by.get('The rents are')).toBe('Ines Borrow');
    expect(by.get('Frozen is not')).toBe('Petr Halloran');
  });
  it('reads the subject of the sentence, not the clause on it', () => {
    expect(stanceSubject('Her husband, Mr Tomas Quell, who keeps the books, disagreed.')).toBe('Mr Tomas Quell');
    expect(stanceSubject('Ines Borrow objected to that account.')).toBe('Ines Borrow');
    // (A verb of the other side with an object that is no view is no such sentence.)
    expect(stanceSubject('Ines Borrow objected to the new parking rules on Monday.')).toBeNull();
  });
});

describe('a dash credit line going back to one credited before', () => {
  const by = speakersByOpening([
    'Readers wrote in with their views.',
    '- "The fair was the best in years." - Oskar Brandvik, retired ferryman',
    '- "The music was far too loud." - Lotte Sarin, teacher',
    '- "I would come again next year." - Mr. Brandvik again, in a later note to the editors',
  ]);
  it('is the one named before', () => {
    expect(by.get('The fair was')).toBe('Oskar Brandvik');
    expect(by.get('The music was')).toBe('Lotte Sarin');
    expect(by.get('I would come')).toBe('Oskar Brandvik');
  });
});

describe('a sentence of advice before a quote standing alone', () => {
  const by = speakersByOpening([
    'Tax adviser Wilma Strand said most firms kept poor records. "They lose half their receipts," she said.',
    'She advised owners to photograph every invoice. "If it is not on your phone, it does not exist."',
  ]);
  it('is the adviser\'s, as after "urged"', () => {
    expect(by.get('If it is')).toBe('Wilma Strand');
  });
});

describe('an aside set off by single hyphens between a name and its verb', () => {
  const by = speakersByOpening([
    'Councillor Marisa Helena Ferreira Dantas called the budget "a disgrace".',
    'Her fellow councillor, Joel Dantas - the two are not related - took a softer line. "We can fix it in committee," Dantas told the paper.',
  ]);
  it('leaves the name the subject, so a bare surname after goes to him, not the namesake named before', () => {
    expect(by.get('a disgrace')).toBe('Marisa Helena Ferreira Dantas');
    expect(by.get('We can fix')).toBe('Joel Dantas');
  });
});
