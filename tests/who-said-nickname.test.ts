import { describe, expect, it } from 'vitest';
import { doc } from './helpers/docs.ts';
import { whoSaidOver } from './helpers/quotes.ts';

// An article written for these tests, with invented people: two men at a ferry landing, each given a nickname in
// quotation marks, one in the sentence crediting his quote, one in the sentence after the one naming him.
const ask = whoSaidOver(
  doc('ferry-landing', '2024-08-20', [
    '"They shut the bridge, not the water," said Ivo Brandt, a 60-year-old retired pilot whom every ferryman between here and Oslo knows only as "Skipper." He was coiling a rope.',
    'The warden, Sara Holm, came by in the afternoon. Everyone calls her "Holmie," and she has kept the landing for twenty years.',
    '"Seals do not read timetables," Holm said.',
  ]),
);

describe('who-said: a speaker typed by the nickname the text gives them', () => {
  it('the nickname given in the credit sentence, and the one given in the sentence after the name', () => {
    expect(ask('skipper said they shut the bridge, not the water').matches[0]).toMatchObject({ speaker: 'Ivo Brandt', verdict: 'same', speakerMatches: true });
    expect(ask('did holmie say seals do not read timetables').matches[0]).toMatchObject({ speaker: 'Sara Holm', speakerMatches: true });
  });
  it("one's nickname does not confirm the other's words", () => {
    expect(ask('did skipper say seals do not read timetables').matches[0]).toMatchObject({ speaker: 'Sara Holm', speakerMatches: false });
    expect(ask('holmie said they shut the bridge, not the water').matches[0]).toMatchObject({ speaker: 'Ivo Brandt', speakerMatches: false });
  });
});

// Another article written for these tests: a nickname in quotation marks inside the full name, as tabloids give it.
describe('who-said: a nickname inside the full name (\'Given "Nick" Surname\')', () => {
  const tabloid = whoSaidOver(
    doc('pier-protest', '2024-08-21', [
      'Retired trawlerman Thomas "Tommo" Garrick, 68, said the pier had been "left to rot."',
      '"Nobody in the council has been down here in ten years," Tommo told the Gazette.',
      'His neighbour, Wendy Orrell, agreed. "We should send them the bill," she said.',
    ]),
  );
  it('"tommo said ..." is Thomas Garrick; his nickname does not confirm his neighbour\'s words', () => {
    expect(tabloid('tommo said nobody in the council has been down here in ten years').matches[0]).toMatchObject({ speaker: 'Thomas Garrick', verdict: 'same', speakerMatches: true });
    expect(tabloid('did tommo say we should send them the bill').matches[0]).toMatchObject({ speaker: 'Wendy Orrell', speakerMatches: false });
  });
});
