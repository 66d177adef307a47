import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { roleSubjectBefore } from '../src/quotes/surname-role-apart.ts';

// Passages written for these tests (invented people and places): a bare surname that several people named in full
// bear, right after a sentence whose subject is "The" and a role the text gave to one of them alone, is that one,
// not the bearer spoken of last.
describe('a shared surname after "The <role> ..." in the sentence before', () => {
  const paras = [
    'Senator Rui Paiva Lemos, who chairs the harbour committee, called the deal "a bad bargain." "We were not consulted," he said.',
    'Clara Lemos is no relation. The Porto Alto economist thinks the deal will raise freight costs. "Every delay ends up in the price of rice," she said.',
    'Asked about the senator\'s remarks, the economist shrugged. "Speeches do not move cargo," Lemos said.',
    'The senator\'s wife, Inês Paiva Lemos, a teacher, said she had read the speech. "It was too long," she said.',
    'The senator did not dispute it. "She knows the ports better than I do," Lemos told the Gazette on Friday.',
  ];
  it('gives the quote to the senator, not to his wife named last nor to the economist last called by the surname', () => {
    expect(speakerOf(paras, 'ports better than I do')).toBe('Rui Paiva Lemos');
  });
  it('leaves the ordinary reading when the sentence before opens on no role', () => {
    expect(speakerOf(paras, 'Speeches do not move cargo')).toBe('Clara Lemos');
  });
});

describe('roleSubjectBefore', () => {
  it('reads the role heading the subject of the sentence right before', () => {
    const t = 'The senator did not dispute it. _______ Lemos said.';
    expect(roleSubjectBefore(t, t.indexOf('_'))).toBe('senator');
  });
  it('leaves a possessive subject, someone else, alone', () => {
    const t = 'The senator\'s wife laughed. _______ Lemos said.';
    expect(roleSubjectBefore(t, t.indexOf('_'))).toBeUndefined();
  });
});

// Passages written for these tests (invented people and places): the role of that subject may be a place's or
// body's ("The Republic's president") and may have an adverbial aside set off before its verb ("for his part").
describe('a shared surname after "The PLACE\'s <role>, for his part, ..." in the sentence before', () => {
  const paras = [
    'President Tomas Varga of the Dobran Republic arrived in Kessel on Monday.',
    'Ilona Varga, a ferry captain in Kessel, said the visit had closed the harbour for a day. "We lost two crossings," she said.',
    'Ilona Varga added that the captains would ask for compensation. "Somebody has to pay for the fuel," she said.',
    'The Republic\'s president, for his part, told reporters at the quay that he was pleased with the visit. "I am very satisfied," Varga was quoted as saying by the Kessel Courier.',
  ];
  it('gives the quote to the one the role belongs to, not to the namesake who spoke last', () => {
    expect(speakerOf(paras, 'I am very satisfied')).toBe('Tomas Varga');
  });
  it('reads the role through the capitalised possessive and the aside', () => {
    const t = 'The Republic\'s president, for his part, smiled. _______ Varga said.';
    expect(roleSubjectBefore(t, t.indexOf('_'))).toBe('president');
  });
  it('leaves a subject with another aside (a name set off) alone', () => {
    const t = 'The president, Ilona Varga, smiled. _______ Varga said.';
    expect(roleSubjectBefore(t, t.indexOf('_'))).toBeUndefined();
  });
});
