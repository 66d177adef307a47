import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests. A wrong speaker is worse than none: where the text says whose words a quote
// is in a way the reading cannot follow, the quote is left unattributed rather than given a speaker nearby.
describe('a quote whose own sentence goes on after it takes no speaker from a later sentence', () => {
  it('"..." came shouts from the hall. "...," said X: the shouts are not X\'s', () => {
    const paras = ['The chairman closed the vote early. "Count every ballot!" came shouts from the back of the hall. "We will count every one," said Petra Holm, the returning officer.'];
    expect(speakerOf(paras, 'Count every ballot')).toBeNull();
    expect(speakerOf(paras, 'We will count every one')).toBe('Petra Holm');
  });
  it('"...," I confessed. then another\'s quote: the writer\'s words are not hers', () => {
    const paras = ['That night I sat across from Lena Vos in the studio. "I never expected to win," I confessed. "Nobody did," Vos said.'];
    expect(speakerOf(paras, 'I never expected to win')).not.toBe('Lena Vos');
  });
  it('a quote standing alone as its sentence still goes with the credit of the next', () => {
    const paras = ['"We will rebuild the pier." "It will take two summers," said Anna Holt, the harbour master.'];
    expect(speakerOf(paras, 'We will rebuild the pier')).toBe('Anna Holt');
  });
});

describe('"it" and "they" go to a body the text quoted, or the subject of the sentence before', () => {
  it('a body only mentioned in the pronoun\'s own sentence is not its "it"', () => {
    const paras = ['The Harbour Authority charter says little about dredging, although it does say the port must stay "open to every flag."'];
    expect(speakerOf(paras, 'open to every flag')).toBeNull();
  });
  it('a body quoted before is', () => {
    const paras = ['"We will appeal the ruling," the Harbour Authority said in a statement. It added that the decision was "deeply flawed and unworkable."'];
    expect(speakerOf(paras, 'deeply flawed and unworkable')).toBe('the Harbour Authority');
  });
  it('so is the body that was the subject of the sentence before', () => {
    const paras = ['The Harbour Authority opposed the new levy. "Keep the fees where they are until the dredging is done," it recommended.'];
    expect(speakerOf(paras, 'Keep the fees where they are')).toBe('the Harbour Authority');
  });
});

describe('a definite description speaking in a sentence the pronoun passes over stands between', () => {
  it('"X added. ... the campaign manager said he ...  \"...,\" he told": not X\'s words', () => {
    const paras = [
      '"We should have hired more staff," Tom Rask added. The interview took place at Holm\'s farm, and when reporters asked Brenner about the staffing, the campaign manager said he would first need to ask the candidate. "Let me call you back on that," he told reporters.',
    ];
    expect(speakerOf(paras, 'Let me call you back')).not.toBe('Tom Rask');
  });
  it('a description the text gave the same person does not', () => {
    const paras = [
      '"We should have hired more staff," said Tom Rask, the campaign manager. The interview took place at the farm, and later the campaign manager said he would ask the candidate. "Let me call you back on that," he told reporters.',
    ];
    expect(speakerOf(paras, 'Let me call you back')).toBe('Tom Rask');
  });
});

describe('a clause of someone else between the credit and the quote', () => {
  it('"X called Y a \\"...\\" after she blamed it on \\"...\\"": the second quote is not his', () => {
    const paras = ['Tom Rask described Anna Holt as a "menace" after she attacked police officers and blamed the shootings on "hidden bias" against minorities.'];
    expect(speakerOf(paras, 'menace')).toBe('Tom Rask');
    expect(speakerOf(paras, 'hidden bias')).not.toBe('Tom Rask');
  });
  it('a clause whose pronoun fits the credited person keeps the credit', () => {
    const paras = ['Tom Rask described the ruling as a "menace" after he read it and warned of "years of appeals" ahead.'];
    expect(speakerOf(paras, 'years of appeals')).toBe('Tom Rask');
  });
});
