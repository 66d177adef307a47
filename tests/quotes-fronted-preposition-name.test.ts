import { expect, it } from 'vitest';
import { speakersByQuote as speakers } from './helpers/quotes.ts';

it('reads no person "Following Roe" in a fronted phrase opening with a preposition', () => {
  const got = speakers([
    'Guide Peter Brekke briefed the climbers on Monday. Medic Anna Aune was listening.',
    'Following Brekke\'s briefing, "we packed the extra rope," she said.',
    'Amid Brekke\'s shouting, "nobody could hear the radio," she said.',
  ]);
  expect(got.get('we packed the extra rope')).toBe('Anna Aune');
  expect(got.get('nobody could hear the radio')).toBe('Anna Aune');
});
