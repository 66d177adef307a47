import { describe, it, expect } from 'vitest';
import { appositiveRole } from '../src/quotes/appositive-role.ts';
import { familyNameFirst } from '../src/quotes/local-speaker.ts';
import { listedGender } from '../src/quotes/name-gender.ts';
import { countryBefore } from '../src/quotes/office-place.ts';
import { splitTitle } from '../src/quotes/speaker-phrases.ts';
import { pronounSubject } from '../src/quotes/pronoun-subject.ts';
import { scanNameMentions } from '../src/quotes/name-mentions.ts';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests: a later description of someone ("the deputy adviser", "the new foreign
// minister") reaches the person the text gave that role to, in the forms of apposition news writing uses.
describe('roles set off by commas after a name', () => {
  it('reads a place\'s possessive, a participle of appointment and a long title', () => {
    expect(appositiveRole(", Norway's second deputy trade envoy, said on Monday")).toBe("Norway's second deputy trade envoy");
    expect(appositiveRole(', appointed health minister in last week\'s shake-up, said')).toBe('health minister');
    expect(appositiveRole(', who was named interior minister on Friday, told')).toBe('interior minister');
    const long = ', chairman of the Federation of Coastal Fishing Cooperatives and president of the Northern Harbour Authority of the Republic, spoke';
    expect(appositiveRole(long)).toBe('chairman of the Federation of Coastal Fishing Cooperatives and president of the Northern Harbour Authority of the Republic');
  });

  it('gives none where no title or person heads the phrase', () => {
    expect(appositiveRole(", Ohio's largest city, voted")).toBeNull();
    expect(appositiveRole(', named after his grandfather, said')).toBeNull();
    expect(appositiveRole(", Norway's trade envoy until 2019 and a keen sailor, said")).toBeNull();
  });

  it('"the deputy envoy" is the one given that role under a place\'s possessive', () => {
    const paras = [
      "In Oslo, Ivar Dahl, Norway's first deputy trade envoy, said the talks would go on. Dahl said the sides were \"close to a deal\". The deputy envoy added that the two governments were \"not yet there\".",
    ];
    expect(speakerOf(paras, 'not yet there')).toBe('Ivar Dahl');
  });

  it('"the new health minister" is the one named to the post', () => {
    const paras = [
      'The reshuffle came on Tuesday. Mara Holt, appointed health minister in the reshuffle, told reporters she would visit the hospitals. The new health minister called the shortage "a crisis we inherited".',
    ];
    expect(speakerOf(paras, 'a crisis we inherited')).toBe('Mara Holt');
  });

  it('two people given the fitting role leave the description as it is', () => {
    const paras = [
      "Ivar Dahl, Norway's deputy trade envoy, and Lars Berg, Sweden's deputy trade envoy, met on Monday. The deputy envoy said the sides were \"not yet there\".",
    ];
    expect(speakerOf(paras, 'not yet there')).not.toBe('Ivar Dahl');
    expect(speakerOf(paras, 'not yet there')).not.toBe('Lars Berg');
  });
});

describe('a given name the lexicon lacks tells the gender by the name lists', () => {
  it('reads the lists for a name written given name first, never for one written family name first', () => {
    expect(listedGender(['Ottilie Vogt'])).toBe('f');
    expect(listedGender(['Piotr Kral'])).toBe('m');
    // A Korean name of two words opens with the family name, which no English list holds ("Hong Min").
    expect(listedGender(['Hong Min'])).toBeNull();
    // "Kim" is an English given name; in "Kim Jong Un" (and "Kim Jong Un's") it is the family name.
    expect(familyNameFirst("Kim Jong Un's")).toBe(true);
    expect(listedGender(["Kim Jong Un's"])).toBeNull();
    expect(listedGender(['Moon Jae-in'])).toBeNull();
    expect(listedGender(['J. Smith', 'Smith'])).toBeNull();
  });

  it('a pronoun of the other gender is left unattributed rather than given to them', () => {
    expect(speakerOf(['Ottilie Vogt, the mayor, opened the meeting. "We will rebuild the bridge by spring," he said.'], 'rebuild the bridge')).toBeNull();
    expect(speakerOf(['Ottilie Vogt, the mayor, opened the meeting. "We will rebuild the bridge by spring," she said.'], 'rebuild the bridge')).toBe('Ottilie Vogt');
  });
});

describe('a noun for a person before a name is a role, though no list of titles holds it', () => {
  it('reads "the Mongolian ruler Batu Oyun" as his role', () => {
    expect(scanNameMentions(['Crowds cheered the Mongolian ruler Batu Oyun on Monday.']).map((m) => [m.name, m.role])).toEqual([['Batu Oyun', 'Mongolian ruler']]);
  });

  it('"declared the Mongolian" is the one person the text called Mongolian', () => {
    const paras = ['At the port the Mongolian ruler Batu Oyun received the Chilean President Rosa Vidal on Monday. Oyun, who had arrived by train, spoke of a "new road" between them. "We come as friends," declared the Mongolian.'];
    expect(speakerOf(paras, 'We come as friends')).toBe('Batu Oyun');
  });
});

describe('a description no role in the text fits reaches the one person named whom WordNet defines so', () => {
  const talks = 'Hosni Mubarak welcomed Tony Blair to Cairo for two days of talks about trade.';
  const said = (who: string) => [talks, `"We have travelled far side by side," ${who} said after the talks.`];
  it('"the Egyptian president" and "the British prime minister" are the two men so defined', () => {
    expect(speakerOf(said('the Egyptian president'), 'far side by side', '2000-05-02')).toBe('Hosni Mubarak');
    expect(speakerOf(said('the British prime minister'), 'far side by side', '2000-05-02')).toBe('Tony Blair');
  });

  it('a description fitting neither, or naming no people, stays as it is', () => {
    expect(speakerOf(said('the French president'), 'far side by side', '2000-05-02')).toBe('the French president');
    expect(speakerOf(said('the president'), 'far side by side', '2000-05-02')).toBe('the president');
  });

  it('a surname the text gave a title is read as well ("President Mubarak"); a bare one is not', () => {
    const paras = (who: string) => [`${who} welcomed the trade delegation to Cairo for two days of talks about the harbour.`, '"We have travelled far side by side," the Egyptian president said after the talks.'];
    expect(speakerOf(paras('President Mubarak'), 'far side by side', '2000-05-02')).toBe('Mubarak');
    expect(speakerOf(paras('Mubarak'), 'far side by side', '2000-05-02')).toBe('the Egyptian president');
  });

  it('a definition numbering the office ("43rd President of the United States") tells of no present holder', () => {
    const paras = ['Gordon W. Vail welcomed Rupert Hale to Texas for two days of talks about trade.', '"We have travelled far side by side," the American president said after the talks.'];
    expect(speakerOf(paras, 'far side by side')).toBe('the American president');
  });
});

describe('a country named right before an office is part of the role', () => {
  const talks = (country: string) => `Talks between Mayor Tom Reed and ${country}Minister of Trade and Industry Anna Berg opened at the harbour on Monday, according to the organisers.`;
  const later = 'The Finnish minister, for her part, said that her country wanted "open water" for its ships.';
  it('reads the country, with its acronym in brackets, and nothing that is not a country', () => {
    const t = talks('Republic of Finland (ROF) ');
    expect(countryBefore(t, t.indexOf('Minister of'))).toBe('Republic of Finland (ROF)');
    expect(countryBefore('On Monday Chairman of the Board', 'On Monday '.length)).toBeNull();
  });

  it('"the Finnish minister" is the one whose office the text gave to Finland', () => {
    expect(speakerOf([talks('Republic of Finland (ROF) '), later], 'open water')).toBe('Anna Berg');
    expect(speakerOf([talks(''), later], 'open water')).toBe('the Finnish minister');
  });
});

describe('the one asked answers', () => {
  const intro = 'Kofi Mensah, the trade minister, flew to Lagos on Monday for talks on the port.';
  it('"When a reporter asked Mensah whether ..., he said:" is Mensah', () => {
    expect(speakerOf([intro, 'Analysts were divided. When a reporter asked Mensah whether the deal would hold, he said: "We signed it to keep it."'], 'We signed it')).toBe('Kofi Mensah');
  });

  it('one asked whom the text never named is no one it knows', () => {
    expect(speakerOf([intro, 'Analysts were divided. When a reporter asked Dlamini whether the deal would hold, he said: "We signed it to keep it."'], 'We signed it')).toBeNull();
  });
});

describe('a given name shaped like a people\'s word is part of the name', () => {
  it('"Jean H. Lee" keeps "Jean"; "Chinese Xi Jinping" still drops the demonym', () => {
    expect(splitTitle(['Jean', 'H.', 'Lee'])).toEqual({ role: null, name: ['Jean', 'H.', 'Lee'] });
    expect(splitTitle(['Chinese', 'Xi', 'Jinping'])).toEqual({ role: 'Chinese', name: ['Xi', 'Jinping'] });
  });
});

describe('a sentence whose subject is the same pronoun carries the thread on', () => {
  const cautious = (between: string) => ['Tom Reed, the mayor, wants the shelter rebuilt by spring.', `Jean Kerr, who ran the shelter for a decade, is more cautious. Asked whether the plan would work, ${between} laughed. "Nobody outside the council knows," she said.`];
  it('"Jean Kerr ... Asked whether ..., she laughed. "...," she said." is Jean Kerr, whose first name tells no gender', () => {
    expect(pronounSubject({ masked: 'Asked whether the plan would work, she laughed.', from: 0, to: 48 }, 'she')).toBe(true);
    expect(pronounSubject({ masked: 'Asked whether the plan would work, Reed laughed.', from: 0, to: 48 }, 'she')).toBe(false);
    expect(speakerOf(cautious('she'), 'Nobody outside')).toBe('Jean Kerr');
  });

  it('someone else as that sentence\'s subject breaks it', () => {
    expect(speakerOf(cautious('Reed'), 'Nobody outside')).toBeNull();
  });
});

describe('"the <field> chief" is the one who heads that field', () => {
  it('reaches a secretary or director the text gave that field, not someone of another field', () => {
    const paras = [
      'Interior Secretary Dana Morrow was blunter than her colleagues. Asked about the flooded border posts, the interior chief said: "We will rebuild every one of them."',
    ];
    expect(speakerOf(paras, 'We will rebuild every one of them')).toBe('Dana Morrow');
    const director = [
      'Paul Ekwe, director of the harbour police, met the mayor on Monday. The harbour chief said the patrols would "double by summer".',
    ];
    expect(speakerOf(director, 'double by summer')).toBe('Paul Ekwe');
    const other = [
      'Interior Secretary Dana Morrow visited the port. "The customs chief will decide," a dock worker said. Later the customs chief said the queues were "unacceptable".',
    ];
    expect(speakerOf(other, 'unacceptable')).not.toBe('Dana Morrow');
  });
});
