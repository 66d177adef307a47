import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests (invented names): the clergy's titles before a name, "Bishop", "Sister",
// "Archbishop", "Rabbi", "Imam", "Cardinal", "Monsignor", are titles, not part of the name, so a later "Bishop
// Surname" or "Sister Given-name" is the person introduced with the full name.
describe('clergy titles before a name', () => {
  it('"Bishop X" after "Bishop Given X" is the same person', () => {
    const paras = ['Bishop Gregory Tallin, who leads the diocese of Marsh Point, visited the harbour on Friday.', 'Bishop Tallin ended his homily with a saying of his own: "The tide forgives nobody twice."'];
    expect(speakerOf(paras, 'The tide forgives nobody twice.')).toBe('Gregory Tallin');
  });
  it('"Sister Given" after "Sister Given Surname" is the same person', () => {
    const paras = ['Sister Agnes Morrow, who runs a soup kitchen in Dunford, said the queues had grown.', '"We fed ninety people on Tuesday," Sister Agnes said.'];
    expect(speakerOf(paras, 'We fed ninety people on Tuesday')).toBe('Agnes Morrow');
  });
  it('"Rabbi X" likewise', () => {
    const paras = ['Rabbi Eliot Brenner, who teaches in Halden, spoke at the vigil.', '"Grief is a guest that stays," Rabbi Brenner said.'];
    expect(speakerOf(paras, 'Grief is a guest that stays')).toBe('Eliot Brenner');
  });
  it('"his sister" before a name stays kin, not a title', () => {
    const paras = ['Tom Vasko, a baker in Dunford, was at the vigil with his sister Ruth Vasko.', '"It was cold but it was right to come," Ruth Vasko said.'];
    expect(speakerOf(paras, 'It was cold but it was right to come')).toBe('Ruth Vasko');
  });
});
