import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a "he" two sentences after a man who spoke, the sentence between having a
// subject of its own who reports, set after a long office the reading does not take for a person's name.
describe('a reporting subject between the pronoun and an earlier speaker', () => {
  it('leaves the quote to nobody rather than to the man further back', () => {
    const paras = [
      'Head of the Chamber of Commerce\'s Asia division Ch.Tumur told the agency that traders were calm.',
      '"Prices are stable," he said.',
      'Speaking to the agency on Friday, former Ambassador of Mongolia to Japan J.Saran recalled that Tokyo had been quiet. "The Japanese like quiet," he said with a smile.',
    ];
    expect(speakerOf(paras, 'like quiet')).not.toBe('Ch.Tumur');
  });
  it('so too after a Western name the reading leaves out', () => {
    const paras = [
      'John Smith told the agency that traders were calm.',
      '"Prices are stable," he said.',
      'On Friday, former Ambassador of Mongolia to Japan Mart Tamm recalled that Tokyo had been quiet. "The Japanese like quiet," he said with a smile.',
    ];
    expect(speakerOf(paras, 'like quiet')).toBeNull();
  });
  it('still gives "he" to the man who spoke when the sentence between reports nothing', () => {
    const paras = ['John Smith told the agency that traders were calm.', '"Prices are stable," he said. Tokyo had been quiet. "The Japanese like quiet," he said.'];
    expect(speakerOf(paras, 'like quiet')).toBe('John Smith');
  });
});
