import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: trade unions and religious orders call members "Brother NAME" and
// "Sister NAME"; the word is a title before the name, so "Brother Lund" is the man named in full before.
describe('"Brother" as a title before a name', () => {
  const paras = [
    'Branch secretary Brother Tor Lund, who came up from the coast for the evening, opened the meeting.',
    '“We will not sail blind,” Brother Lund said. “Nobody asked the crews.”',
  ];
  it('`"...," Brother SURNAME said.` is the man named in full before', () => {
    expect(speakerOf(paras, 'We will not sail blind')).toBe('Tor Lund');
    expect(speakerOf(paras, 'Nobody asked the crews')).toBe('Tor Lund');
  });
  it('`Brother SURNAME writes that ... "..."` is his too', () => {
    const more = [...paras, 'In a note for this issue, Brother Lund writes that the union “will keep every name safe.”'];
    expect(speakerOf(more, 'will keep every name safe')).toBe('Tor Lund');
  });
});
