import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: two roles of one person joined by "and" before a name set off by commas ("Her
// party colleague and husband, MP NAME, said ...") make the name the sentence's subject, so a "he said" after it is
// his, though another man spoke earlier.
it('"Her party colleague and husband, MP NAME, said ... "...," he said." is the husband\'s', () => {
  const paras = [
    '"Any cooperation would be a violation," Teodor Brask told the agency.',
    'Opposition senator Giulia Marten accused the government of reacting too slowly.',
    '"Statements are fine, but we must act," Marten said.',
    'Her party colleague and husband, MP Rodan Marten, said parliament should hold a debate. "The voters have the right to know," he said.',
  ];
  expect(speakerOf(paras, 'right to know')).toBe('Rodan Marten');
});
it('"His friend and business partner, NAME, said ... he said" with another man quoted before', () => {
  const paras = [
    '"Any cooperation would be a violation," Teodor Brask told the agency.',
    'His old friend and business partner, Kasimir Oduya, said the firm had done nothing wrong. "We paid every tax," he said.',
  ];
  expect(speakerOf(paras, 'every tax')).toBe('Kasimir Oduya');
});
it('"Her brother and colleague at the firm, NAME, disagreed." with a place of work after the second role', () => {
  const paras = [
    'Economist Greta Hallin of the consultancy Norrby Data said the market was calm.',
    '"Nobody is selling," Hallin said.',
    'Her brother and colleague at the consultancy, Vidar Hallin, disagreed. "Markets sleep until they wake," he said.',
  ];
  expect(speakerOf(paras, 'Markets sleep')).toBe('Vidar Hallin');
});
