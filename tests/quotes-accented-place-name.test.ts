import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';
import { classifyProperName } from '../src/quotes/names.ts';

// A town the lexicon knows only without its accents ("Sao Paulo") is still a place when written with them, so a
// husband brought in by his given name alone ("her husband, Paulo") is not read as "São Paulo".
describe('a place written with its accents', () => {
  it('is no person\'s name', () => {
    expect(classifyProperName('São Paulo')).toBe('organisation');
  });

  it('leaves "Mr. SURNAME" to the husband named by his given name, not to the town ending on that name', () => {
    const paragraphs = [
      'SÃO PAULO -- Seed importers are rereading their contracts this week.',
      '"Buyers are nervous," said Rita Fontes, an analyst at a São Paulo broker.',
      'In Campo Alto, Carla Nunes and her husband, Paulo, buy seed for a growers\' club. Mrs. Nunes said members had phoned. "They ask about the maize," she said.',
      'Mr. Nunes was blunter. "For us it is one more line on a bill," he said.',
    ];
    expect(speakerOf(paragraphs, 'one more line on a bill')).not.toBe('São Paulo');
    expect(speakerOf(paragraphs, 'They ask about the maize')).toBe('Carla Nunes');
  });
});
