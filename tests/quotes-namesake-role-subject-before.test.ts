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
