import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests: a name given in quotation marks that nobody states, and a speaker.
const ferry = doc('island-ferry', '2024-08-09', [
  'The "Grey Whale" - as islanders have long called the old ferry - made its last crossing on Sunday.',
  '"I have sailed her for thirty winters," said Captain Ilse Varga.',
  'Mayor Tomas Reil called the new ferry "a gift to the whole coast".',
]);
const docs = [ferry];
const ask = whoSaidOver(...docs);

describe('who-said: a naming claim whose label is only a name in quotation marks nobody states', () => {
  it('answers with the reporter\'s sentence, not an unattributed quote said something different', () => {
    const a = ask('did captain varga call the ferry the grey whale');
    expect(a.matches).toEqual([]);
    expect(a.narration.map((n) => n.text).join(' ')).toContain('Grey Whale');
  });

  it('a label a speaker gave stays that speaker\'s', () => {
    const a = ask('reil called the new ferry a gift to the whole coast');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tomas Reil' });
    expect(a.matches[0]!.verdict).not.toBe('different');
  });

  it('another label than the one written is no one\'s', () => {
    const a = ask('did captain varga call the ferry the grey shark');
    expect(a.matches.every((m) => m.verdict === 'different')).toBe(true);
    expect(a.narration.some((n) => n.text.includes('Grey Whale'))).toBe(false);
  });
});

// An article written for these tests: a label the writer sets off with "so-called", and a speaker.
const fair = doc('river-fair', '2024-08-10', [
  'Mayor Tomas Reil rode into the valley on Friday for the so-called "fair of debts" with the river council.',
  '"We came to listen," Reil said.',
]);
const askFair = whoSaidOver(fair);

describe('who-said: a naming claim whose label stands after "so-called" with no one credited', () => {
  it('answers with the reporter\'s sentence, not an unattributed quote, though the sentence may say the claim', () => {
    const a = askFair('did reil call it the fair of debts');
    expect(a.matches).toEqual([]);
    expect(a.narration.map((n) => n.text).join(' ')).toContain('fair of debts');
  });
});
