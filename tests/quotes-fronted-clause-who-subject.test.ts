import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names and bodies): a clause of concession or time opens the
// sentence, then its comma, then the main clause's subject, one described with a "who" clause, then the verb.
describe('a described subject with a who-clause after a fronted clause', () => {
  it('"Although ..., a board official who spoke anonymously ... said Wednesday, "..."" is the official', () => {
    const paras = ['The ferry talks resumed on Monday.', 'Although there is no such overlap with Lund\'s team, a Harbour Board official who spoke on condition of anonymity about board planning said Wednesday, "Certainly there are talks between the board and the union."'];
    expect(speakerOf(paras, 'Certainly there are talks')).toBe('a Harbour Board official');
  });

  it('"While talks go on, a clerk who works at the pier told us: "..."" is the clerk', () => {
    const paras = ['The ferry talks resumed on Monday.', 'While talks go on, a clerk who works at the pier told reporters: "Nobody has been paid."'];
    expect(speakerOf(paras, 'Nobody has been paid')).toBe('a clerk');
  });
});
