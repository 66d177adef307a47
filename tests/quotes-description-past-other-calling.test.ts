import { describe, expect, it } from 'vitest';
import { speakersByQuote } from './helpers/quotes.ts';

// Passages written for these tests (invented people and places): a description of a role ("the deputy mayor")
// paragraphs after the one who holds it was named, in a paragraph whose sentences make someone else their subject.
describe('a description reaching back past a subject of another calling', () => {
  const opening = [
    'In an interview on the evening show, deputy mayor Olaf Brenn said the fair would bring "new visitors, and I hope new trade" to the valley.',
    'Back in the studio, presenter Lena Sande asked whether the valley should expect new shops. Brenn said that was a question for the council. "We will see," Piet Kolm said from the floor.',
  ];
  const quoted = (last: string): string | null | undefined => speakersByQuote([...opening, last]).get('It is a town hall, not a hotel');
  it('is still the one of that role when the subject is someone the text gave only another calling', () => {
    expect(quoted('Sande then asked whether the hall would now open to visitors. "It is a town hall, not a hotel," the deputy mayor said.')).toBe('Olaf Brenn');
    expect(quoted('Sande then asked whether the hall would now open to visitors. The deputy mayor laughed. "It is a town hall, not a hotel," he said.')).toBe('Olaf Brenn');
  });
  it('is not that one when the subject is someone whose calling the text does not give', () => {
    expect(quoted('Kolm then asked whether the hall would now open to visitors. "It is a town hall, not a hotel," the deputy mayor said.')).not.toBe('Olaf Brenn');
  });
});
