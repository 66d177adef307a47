import { expect, it } from 'vitest';
import { stanceSubject } from '../src/quotes/stance-subject.ts';
import { gestureSubject } from '../src/quotes/gesture-subject.ts';
import { speakerOf } from './helpers/quotes.ts';

it('gives the quote after "NAME1, whose sister NAME2 runs a shop, disagreed." to NAME1', () => {
  const paragraphs = ['Most traders in Lisk welcomed the ferry deal.', 'Ivo Karst, whose sister Mila Varn runs a shop in Pelorin, disagreed. "It will ruin us."'];
  expect(speakerOf(paragraphs, 'ruin us')).toBe('Ivo Karst');
});

it('reads the name before a "who" clause set off as the subject of a sentence of stance', () => {
  const paragraphs = ['Most traders in Lisk welcomed the ferry deal.', 'Ivo Karst, who runs a chandlery in Pelorin, was less sure. "It will ruin us."'];
  expect(speakerOf(paragraphs, 'ruin us')).toBe('Ivo Karst');
  expect(stanceSubject('Ivo Karst, whose sister Mila Varn runs a shop in Pelorin, disagreed.')).toBe('Ivo Karst');
  // (Commas inside the clause leave it unread: a list may hide there.)
  expect(stanceSubject('Ivo Karst, whose sister, Mila Varn, runs a shop, disagreed.')).toBeNull();
});

it('reads the name before a "whose" clause set off as the subject of a sentence of gesture', () => {
  const paragraphs = ['Most traders in Lisk welcomed the ferry deal.', 'Ivo Karst, whose sister Mila Varn runs a shop in Pelorin, shook his head. "It will ruin us."'];
  expect(speakerOf(paragraphs, 'ruin us')).toBe('Ivo Karst');
  expect(gestureSubject('Ivo Karst, who has fished here for years, paused.')).toBe('Ivo Karst');
  expect(gestureSubject('Ivo Karst, whose sister, Mila Varn, runs a shop, paused.')).toBeNull();
});
