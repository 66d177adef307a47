import { expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

const scene = 'Talks on the new slipway began in March.';

it('gives a he or she after a sentence naming a woman and a man to the one of its sex, though only the subject was noted', () => {
  const met = 'Harbourmaster Mary Tollan met the ferry captain, John Brevik, on the quay on Monday.';
  expect(speakerOf([scene, met, '"We need the berth by June," he said.'], 'berth by June')).toBe('John Brevik');
  expect(speakerOf([scene, `${met} "We need the berth by June," he said.`], 'berth by June')).toBe('John Brevik');
  expect(speakerOf([scene, met, '"We need the berth by June," she said.'], 'berth by June')).toBe('Mary Tollan');
});

it('leaves it to no one when the one of its sex is only talked about, or another of that sex is brought on', () => {
  expect(speakerOf([scene, 'Harbourmaster Mary Tollan spoke about John Brevik on Monday. "We need the berth by June," he said.'], 'berth by June')).toBeNull();
  expect(speakerOf([scene, 'Harbourmaster Mary Tollan met John Brevik and his brother on Monday. "We need the berth by June," he said.'], 'berth by June')).toBeNull();
});

it('reads a woman and a man joined as one subject apart by the pronoun, not two of one sex', () => {
  const walked = (a: string, b: string, p: string): string => `${a} and ${b} walked the quay on Monday. "We need the berth by June," ${p} said.`;
  expect(speakerOf([walked('Mary Tollan', 'John Brevik', 'she')], 'berth by June')).toBe('Mary Tollan');
  expect(speakerOf([walked('Mary Tollan', 'John Brevik', 'he')], 'berth by June')).toBe('John Brevik');
  expect(speakerOf([walked('Mary Tollan', 'Jane Brevik', 'she')], 'berth by June')).toBeNull();
});

it('reads the sentences of the paragraph before the pronoun as one: three people named, one of its sex', () => {
  const met = 'Mara Kellow, Tobin Straade and Ilse Varga met in Verlund on Tuesday. The talks ran late.';
  expect(speakerOf([scene, `${met} "We agreed on almost nothing," he said.`], 'agreed on almost nothing')).toBe('Tobin Straade');
  expect(speakerOf([scene, 'Tobin Straade presented the plan. Ilse Varga took notes. "It was long," he said.'], 'It was long')).toBe('Tobin Straade');
});

it('leaves it to no one across the paragraph when two of its sex are named, or another is brought on unnamed', () => {
  const met = 'Mara Kellow, Tobin Straade and Ilse Varga met in Verlund on Tuesday.';
  expect(speakerOf([scene, `${met} The talks ran late. "We agreed on almost nothing," she said.`], 'agreed on almost nothing')).toBeNull();
  expect(speakerOf([scene, `${met} Her husband joined them later. "We agreed on almost nothing," he said.`], 'agreed on almost nothing')).toBeNull();
  expect(speakerOf([scene, `${met} The mayor joined them later. "We agreed on almost nothing," he said.`], 'agreed on almost nothing')).toBeNull();
});
