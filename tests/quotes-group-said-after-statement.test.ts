import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented bodies and people): a body's statement quoted in one paragraph,
// then '"...," the group said.' opening the next: the body that spoke last, a paragraph back.
describe('"the group" a paragraph after the body that spoke', () => {
  it('the body credited in the paragraph before', () => {
    const paragraphs = [
      'The Harbour Porters Union said in a statement that dockers "should not carry the cost of quarrels far away."',
      '"Porters are the first to lose work and the last to be told. We ask the port board to keep every contract," the group said.',
    ];
    expect(speakerOf(paragraphs, 'Porters are the first')).toBe('the Harbour Porters Union');
  });
  it('not a body only named two paragraphs back', () => {
    const paragraphs = [
      'The Harbour Porters Union said in a statement that dockers "should not carry the cost of quarrels far away."',
      'Shipping was calm on Tuesday, and the ferries left on time.',
      '"Porters are the first to lose work," the group said.',
    ];
    expect(speakerOf(paragraphs, 'Porters are the first')).not.toBe('the Harbour Porters Union');
  });
  it('not a body a paragraph back that did not speak there', () => {
    const paragraphs = [
      'Mara Olsen said the port was quiet. "We wait," she said.',
      'The Harbour Porters Union has forty members on the night shift.',
      '"Porters are the first to lose work," the group said.',
    ];
    expect(speakerOf(paragraphs, 'Porters are the first')).not.toBe('the Harbour Porters Union');
  });
});
