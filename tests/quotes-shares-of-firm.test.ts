import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented firms, people and places): "the company" after a firm named as the
// subject of "Shares of NAME", with the firm's own spokeswoman named between.
describe('"the company" after "Shares of FIRM" and the firm\'s own spokeswoman', () => {
  it('"Shares of FIRM rose .... The company said in a filing that it had \\"...\\""', () => {
    const paras = ['Shares of Torvane Marine Works rose 4 percent in Pusanport. The company said in a regulatory filing that it had "no dealings at all" with the buyers.'];
    expect(speakerOf(paras, 'no dealings at all')).toBe('Torvane Marine Works');
  });

  it('"A spokeswoman for the company, NAME, said ..." between: she is the firm\'s voice, no rival firm', () => {
    const paras = [
      'Shipping stocks were mixed on Thursday.',
      'Shares of Torvane Marine Works, which builds tugboats, rose 4 percent in Pusanport. A spokeswoman for the company, Hela Brisk, said Torvane "does not comment on rumours." The company said in a regulatory filing that it had "no dealings at all" with the buyers.',
    ];
    expect(speakerOf(paras, 'no dealings at all')).toBe('Torvane Marine Works');
  });

  it('a second firm named between leaves "the company" to no firm in particular', () => {
    const paras = ['Shares of Torvane Marine Works rose 4 percent after Olberg Shipping cut its orders. The company said in a regulatory filing that it had "no dealings at all" with the buyers.'];
    expect(speakerOf(paras, 'no dealings at all')).not.toBe('Torvane Marine Works');
  });
});
