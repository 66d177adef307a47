import { expect, it } from 'vitest';
import { speakersByStart } from './helpers/quotes.ts';

const speakers = (paras: string[]) => speakersByStart(paras, 'p', '2024-03-05');

// The question a fronted "Asked" puts may run long; the name after its comma is still the sentence's subject.
it('reads the subject after a long fronted "Asked by ... whether ..." clause', () => {
  const got = speakers([
    'The ferry captain Olga Mets has arrived at the new quay, where the harbour master Ilse Brandt greeted her with a long handshake.',
    'Asked by local television reporters whether the town would help its neighbour build new ferries, Brandt pointed at the slipway behind her. "That is exactly why we came here," she said.',
  ]);
  expect(got.get('That is exactly why')).toBe('Ilse Brandt');
});
