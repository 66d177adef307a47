import { describe, it, expect } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

// Passages written for these tests: a first-person travel essay with a scene of bare lines of dialogue.
describe('bare lines after the writer\'s own line of dialogue', () => {
  const scene = [
    'By Ottilie Marsk',
    'The ferryman at Lindholm did not ask where I was going until we had left the jetty.',
    '"Varnø," I said. "The island with the lighthouse."',
    '"Nobody goes there in October."',
    '"I am going in October."',
    '"Then you are a surveyor."',
    '"A painter."',
    'He shrugged and steered for the buoy.',
  ];
  const got = speakersByStart(scene);
  it('keeps the writer\'s credited line and its second quote', () => {
    expect(got.get('Varnø')).toBe('Ottilie Marsk');
    expect(got.get('The island with the lighthouse.')).toBe('Ottilie Marsk');
  });
  it('does not hand the other party\'s answer to the writer', () => {
    expect(got.get('Nobody goes there in October.')).toBeNull();
    expect(got.get('Then you are a surveyor.')).toBeNull();
  });
  it('gives the writer the alternate bare lines', () => {
    expect(got.get('I am going in October.')).toBe('Ottilie Marsk');
    expect(got.get('A painter.')).toBe('Ottilie Marsk');
  });
  it('still carries a bare paragraph after the writer\'s line with narration of the writer\'s after it', () => {
    const paras = ['By Ottilie Marsk', '"The harbour is dying," I told the council, and I sat down to silence.', '"Nobody else will say it."'];
    expect(speakersByStart(paras).get('Nobody else will say it.')).toBe('Ottilie Marsk');
  });
  it('still carries a bare paragraph after a named speaker\'s line', () => {
    const paras = ['"We sail at six," Nora Lind said.', '"The tide will not wait for anyone."'];
    expect(speakersByStart(paras).get('The tide will not wait for anyone.')).toBe('Nora Lind');
  });
});
