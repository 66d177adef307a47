import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a long-form feature brings a person in as the one the writer called or
// met, as the one a scene puts somewhere, or as a description that gives the name ("a teacher named X"), and
// credits the next quote to "he" or "she" alone.
describe('the one the writer calls, meets or visits answers the pronoun after', () => {
  it('"I called X, who ..." then sentences about her, then "she said"', () => {
    const paras = ['To see what the vote meant, I called Marta Kowal, who taught law in Gdansk for twenty years. She grows roses now. She did not pause. "The court has lost its nerve," she said.'];
    expect(speakerOf(paras, 'The court has lost its nerve')).toBe('Marta Kowal');
  });
  it('"We met X at the port." then "he said"', () => {
    const paras = ['The ferry was late again. We met Tomas Brill at the ticket office. "They close the route every winter," he said.'];
    expect(speakerOf(paras, 'They close the route')).toBe('Tomas Brill');
  });
  it('"I reached X by phone", "we visited X" likewise', () => {
    expect(speakerOf(['I reached Hanna Lind by phone on Friday. "Nobody asked us," she said.'], 'Nobody asked us')).toBe('Hanna Lind');
    expect(speakerOf(['In March, we visited Piotr Nowak in his workshop. "The orders stopped in May," he said.'], 'The orders stopped')).toBe('Piotr Nowak');
  });
  it('someone else met is no one the pronoun of the other gender means', () => {
    const paras = ['Anna Holt had warned of the cuts for months. We met Piotr Nowak at the depot. "I told them so," she said.'];
    expect(speakerOf(paras, 'I told them so')).not.toBe('Piotr Nowak');
  });
  it('one who calls the person is no writer: the pronoun finds no one new', () => {
    const paras = ['Anna Holt was out of the country. Her lawyer called Piotr Nowak on Friday. "I will not sign," he said.'];
    expect(speakerOf(paras, 'I will not sign')).not.toBe('Piotr Nowak');
  });
});

describe('a copula of place makes its name the subject a pronoun goes on with', () => {
  it('"X was at the port that morning." then "he said"', () => {
    const paras = ['The harbour was quiet on Tuesday. Nikolai Berg was at the port that morning, watching the cranes. "Nothing moves without the army now," he said.'];
    expect(speakerOf(paras, 'Nothing moves without the army')).toBe('Nikolai Berg');
  });
  it('"X is back in Seoul" likewise', () => {
    expect(speakerOf(['Jin Ha-eun is back in Seoul after a year abroad. "The city feels smaller," she said.'], 'The city feels smaller')).toBe('Jin Ha-eun');
  });
});

describe('a description that gives the name ("a teacher named X") opening the sentence', () => {
  it('"Its chairman, a retired teacher named X, was blunter." then "he said"', () => {
    const paras = ['The rowing club wrote to the council in May. Its chairman, a retired chemistry teacher named Oskar Lunde, was blunter when we met. "They want the boathouse for flats," he said.'];
    expect(speakerOf(paras, 'They want the boathouse')).toBe('Oskar Lunde');
  });
});
