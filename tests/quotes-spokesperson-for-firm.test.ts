import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: "the company" after a spokesperson set off as speaking for a firm named after
// its trade ("a spokesperson for pump maker NAME") means that firm, though the spokesperson's name is also in the
// paragraph and the firm's name bears no mark of a firm (and even shares the spokesperson's surname).
describe('the company a named spokesperson speaks for', () => {
  it('`said NAME, a spokesperson for German pump maker FIRM. The company, founded by his grandfather, said ... "..."`', () => {
    const paras = ['"We are running flat out," said Tom Reed, a spokesperson for German pump maker Reed Hydraulik. The company, founded by his grandfather, said in a statement that it was "in close talks" with the navy.'];
    expect(speakerOf(paras, 'in close talks')).toBe('Reed Hydraulik');
  });
  it('so after "the" and the trade', () => {
    const paras = ['"We are busier than ever," said Ana Roe, a spokeswoman for the pump maker Keller Pompen. The company said in a statement that it was "in early talks" with the navy.'];
    expect(speakerOf(paras, 'in early talks')).toBe('Keller Pompen');
  });
  it('a third name in the paragraph leaves "the company" unresolved', () => {
    const paras = ['"We are busy," said Tom Reed, a spokesperson for pump maker Reed Hydraulik, which supplies Orland Marine. The company said it was "in late talks" with the navy.'];
    expect(speakerOf(paras, 'in late talks')).not.toBe('Reed Hydraulik');
  });
});
