import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people: a researcher, a man, and an unrelated woman who
// gives only her surname, the same one; the woman's quotes go to a description of her, the man's to his name.
const article = doc('mill-report', '2024-10-03', [
  'The network\'s field researcher, Tomas Varga, said the group had spoken to 40 former mill hands.',
  '"They all describe the same shifts: fourteen hours, one meal, no days off," he said.',
  'A woman who worked at a spinning mill, and who is not related to the researcher, gave her name only as Ms Varga.',
  '"We were weighed with the cloth at the gate every evening," she said.',
]);
const ask = whoSaidOver(article);

describe('who-said: an honorific typed with a surname tells the sex of the one meant', () => {
  it('"ms varga" is not confirmed for the man Varga', () => {
    const a = ask('did ms varga say they all describe the same shifts: fourteen hours, one meal, no days off');
    expect(a.matches[0]).toMatchObject({ speaker: 'Tomas Varga', verdict: 'same', speakerMatches: false });
  });
  it('"mr varga" and the surname alone still confirm the man', () => {
    expect(ask('mr varga said they all describe the same shifts').matches[0]).toMatchObject({ speaker: 'Tomas Varga', speakerMatches: true });
    expect(ask('varga said they all describe the same shifts').matches[0]).toMatchObject({ speaker: 'Tomas Varga', speakerMatches: true });
  });
});
