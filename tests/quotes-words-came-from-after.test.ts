import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented people, places and bodies): a quote standing alone in its sentence,
// credited in the sentence after by "The remark (advice, warning ...) came from NAME", a wire's way, after another
// speaker's quote ended the paragraph before.
describe('"\\"...\\" The remark came from NAME, ..." after another\'s quote', () => {
  it('is the one the next sentence names, not the speaker of the paragraph before', () => {
    const paras = [
      'Harbour master Ilse Varga said there would be no statement. "Nothing is planned for today," she told local radio.',
      '"The dredging was never on the public agenda." The remark came from Tobias Renn, a deputy head of the port board, speaking to journalists later in the day.',
    ];
    expect(speakerOf(paras, 'The dredging was never')).toBe('Tobias Renn');
  });

  it('so with "The advice came from" and a role before the name', () => {
    const paras = [
      '"Any delay would be a breach of the contract," council spokeswoman Mara Velde said at the briefing.',
      '"Watch the tides, not the cranes." The advice came from the engineer Oskar Brant, who has worked on the quay for twenty years.',
    ];
    expect(speakerOf(paras, 'Watch the tides')).toBe('Oskar Brant');
  });

  it('leaves a body that the words "came from" to other readings: not the speaker of the sentence\'s name', () => {
    const paras = ['"Any delay would be a breach of the contract," council spokeswoman Mara Velde said at the briefing.', '"Keep the ferry running." The warning came from the Carrow Harbour Board on Tuesday.'];
    expect(speakerOf(paras, 'Keep the ferry')).not.toBe('Mara Velde');
  });
});
