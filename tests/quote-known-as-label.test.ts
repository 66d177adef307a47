import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Sentences and names written for these tests: one described, then named by a call sign or nickname in quotation
// marks ("who goes by the call sign "Falcon"", "known as "Owl""), then "he said" in the next sentence.

describe('a call sign or nickname in quotation marks is a label: the one described speaks', () => {
  it('"A platoon leader who goes by the call sign \\"Falcon\\" said ..." then "\\"...,\\" he said"', () => {
    const text = ['A platoon leader who goes by the call sign "Falcon" said his trench had flooded twice. "We bail with helmets," he said.'];
    expect(speakerOf(text, 'We bail with helmets')).toBe('a platoon leader');
  });

  it('"A medic known as \\"Owl\\" said ..." then "he said"', () => {
    const text = ['A medic known as "Owl" said the road was mined.', '"We walk at night," he said.'];
    expect(speakerOf(text, 'We walk at night')).toBe('a medic');
  });

  it('the label itself is credited to no one', () => {
    const text = ['A medic known as "Owl" said the road was mined.', '"We walk at night," he said.'];
    expect(speakerOf(text, 'Owl')).toBeNull();
  });
});
