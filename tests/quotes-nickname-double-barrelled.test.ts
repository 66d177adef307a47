import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a nickname in quotation marks between a given name and a double-barrelled
// surname whose parts are both capitalised, then the nickname alone, then the nickname with the surname.
const paras = [
  'His sister, Sen. Marisol "Sol" Dantes-Ocampo, took a more cautious line on the Tarvik talks. "Let us be calm," Sol said.',
  'Back at the Senate, Sol Dantes-Ocampo said she would file a resolution seeking a closed briefing.',
  '"Some things are better discussed behind closed doors," she said.',
];

describe('a nickname inside a name whose surname is double-barrelled', () => {
  it('the nickname alone is the whole name, both parts of the surname kept', () => {
    expect(speakerOf(paras, 'Let us be calm')).toBe('Marisol Dantes-Ocampo');
  });
  it('the nickname with the double-barrelled surname is the same person', () => {
    expect(speakerOf(paras, 'better discussed behind closed doors')).toBe('Marisol Dantes-Ocampo');
  });
  it('a single surname is read as before', () => {
    const single = ['Sen. Ramon "Bong" Tavera said the talks mattered.', '"It sails into our waters," Bong said.', 'Later, Bong Tavera spoke again. "Write that down," he said.'];
    expect(speakerOf(single, 'sails into our waters')).toBe('Ramon Tavera');
    expect(speakerOf(single, 'Write that down')).toBe('Ramon Tavera');
  });
});
