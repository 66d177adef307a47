import { describe, it, expect } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// Passages written for these tests, with invented names, places and bodies.
describe('a body\'s name with "of" in it, then the place where it sits, as the subject', () => {
  it('"The Embassy of the Kingdom of Valdoria in Port Elmo said ... "..."" is the embassy\'s, not the city\'s', () => {
    const paras = ['The Embassy of the Kingdom of Valdoria in Port Elmo said in a statement that its government would "act with restraint" at sea.'];
    const who = speakerOf(paras, 'act with restraint');
    expect(who).toMatch(/Embassy of the Kingdom of Valdoria/u);
  });
  it('"The Ministry of Fisheries in Kessel said ..." is the ministry\'s', () => {
    const paras = ['The Ministry of Fisheries in Kessel said it was "aware of the reports" about the trawlers.'];
    expect(speakerOf(paras, 'aware of the reports')).toMatch(/Ministry of Fisheries/u);
  });
});

describe('a Vietnamese name, family name first', () => {
  it('a given name borne by men and women ("Nguyen Minh Thao") tells no sex: "she added" after her quote is hers', () => {
    const paras = [
      '"For the delta, the lesson is patience," said Dr Tran Quoc Bao, a historian at the Hue Institute of Trade.',
      'Bao said the talks would "settle nothing" this year.',
      'His colleague at the institute, Nguyen Minh Thao, who studies shipping, was less sure. "The northern ports will be busy by winter," Thao said.',
      '"Nobody in the region should ignore that," she added.',
    ];
    expect(speakerOf(paras, 'Nobody in the region')).toBe('Nguyen Minh Thao');
  });
  it('the middle name "Thi" is a woman\'s and "Van" a man\'s: "she said" goes past the man quoted since to her', () => {
    const paras = [
      'Dang Thi Hoa, who runs a rice exporter in Can Tho, said orders had "not moved at all" this week.',
      'She is worried about her buyer, Nguyen Van Tuan, who runs a shipping firm in Hai Phong. "He has not paid since June," Tuan said of a client.',
      '"Everyone asks the same question, and nobody has the answer," she said.',
    ];
    expect(speakerOf(paras, 'Everyone asks the same question')).toBe('Dang Thi Hoa');
  });
});

describe('a description with an appositive set off before its verb of speech, for a pronoun after it', () => {
  it('"The ferry\'s cook, a 40-year-old woman with the nickname Iskra, said she ..." sets her up for "she said"', () => {
    const paras = [
      'The harbour master, Capt. Borys Lenko, was calm. "We have seen worse storms than this," Lenko said.',
      'The ferry\'s cook, a 40-year-old woman with the nickname Iskra, said she had stopped listening to the radio.',
      '"I went back to peeling potatoes," she said.',
    ];
    expect(speakerOf(paras, 'I went back to peeling potatoes')).toBe('Iskra');
  });
  it('an appositive with no name: the one described', () => {
    const paras = [
      'The harbour master, Capt. Borys Lenko, was calm. "We have seen worse storms than this," Lenko said.',
      'The ferry\'s cook, a mother of three from Odesa, said she had stopped listening to the radio.',
      '"I went back to peeling potatoes," she said.',
    ];
    expect(speakerOf(paras, 'I went back to peeling potatoes')).toMatch(/cook/u);
  });
  it('an aside between dashes after the appositive', () => {
    const paras = [
      'The harbour master, Capt. Borys Lenko, was calm. "We have seen worse storms than this," Lenko said.',
      'The ship\'s medic, a former midwife known as Zorya — "Dawn" — told colleagues she would not watch the broadcast.',
      '"I have bandages to count," she said.',
    ];
    expect(speakerOf(paras, 'I have bandages to count')).toBe('Zorya');
  });
});

describe('a programme\'s title in quotation marks after "on"', () => {
  it('"..., NAME told the Harbour Network\'s NAME on "Evening Ledger."" leaves the title to no one, the quote to the guest', () => {
    const paras = ['"The canal was never the real prize," Mayor Ruth Okonjo told the Harbour Network\'s Dev Patil on "Evening Ledger."'];
    expect(speakerOf(paras, 'Evening Ledger')).toBeNull();
    expect(speakerOf(paras, 'The canal was never')).toBe('Ruth Okonjo');
  });
  it('"Appearing later on "The Week Ahead," NAME said ..." leaves the title to no one', () => {
    const paras = ['Appearing later on "The Week Ahead," port director Samir Haddad said the quay would "reopen by spring."'];
    expect(speakerOf(paras, 'The Week Ahead')).toBeNull();
    expect(speakerOf(paras, 'reopen by spring')).toBe('Samir Haddad');
  });
  it('lowercase words after "on" are still someone\'s ("insisted on "full disclosure"")', () => {
    const paras = ['Mayor Ruth Okonjo insisted on "full disclosure" of the contracts.'];
    expect(speakerOf(paras, 'full disclosure')).toBe('Ruth Okonjo');
  });
});

describe('a surname with its lowercase particle', () => {
  it('"...," de Vries told NAME. is the one named "NAME de Vries" before', () => {
    const paras = ['Marit de Vries, a councillor from Zwolle, rose to speak.', '"With respect, this is not a harbour plan at all," de Vries told Okafor.'];
    expect(speakerOf(paras, 'With respect, this is not')).toBe('Marit de Vries');
  });
  it('"van der Berg said" after "Joost van der Berg"', () => {
    const paras = ['Joost van der Berg runs the ferry company.', '"The boats will sail on time," van der Berg said.'];
    expect(speakerOf(paras, 'The boats will sail')).toBe('Joost van der Berg');
  });
});

describe('a described subject named by what others call them', () => {
  it('"A deckhand known to the crew as NAME — "..." — shrugged. "...," he said." is the name\'s, not the man quoted before', () => {
    const paras = [
      'The harbour master, Capt. Borys Lenko, was calm. "We have seen worse storms," Lenko said.',
      'A 58-year-old deckhand known to the crew as Dido — "Grandpa" — only shrugged when the radio reached him.',
      '"The admiral went begging to the islands," he said.',
    ];
    expect(speakerOf(paras, 'The admiral went begging')).toBe('Dido');
    expect(speakerOf(paras, 'Grandpa')).toBeNull();
  });
  it('"A gunner who goes by the call sign NAME laughed."', () => {
    const paras = [
      'The harbour master, Capt. Borys Lenko, was calm. "We have seen worse storms," Lenko said.',
      'A gunner who goes by the call sign Kobza laughed at the news.',
      '"Let them send their old rounds," he said.',
    ];
    expect(speakerOf(paras, 'Let them send their old rounds')).toBe('Kobza');
  });
});

describe('a relative clause on a described person that ends in a verb or an adjective, before the verb', () => {
  it('"A clerk who was not allowed to comment said: "..."" is the clerk\'s', () => {
    const paras = ['A ferry clerk who was not allowed to comment said: "Nobody has cancelled a crossing yet."'];
    expect(speakerOf(paras, 'Nobody has cancelled')).toMatch(/clerk/u);
  });
  it('after a phrase of place fronted with its comma', () => {
    const paras = ['At the lock keeper\'s office, a clerk who was not authorised to speak publicly put it differently: "Nobody has cancelled a crossing yet."'];
    expect(speakerOf(paras, 'Nobody has cancelled')).toMatch(/clerk/u);
  });
});

describe('an inverted credit to a description that closes on the name others call its person', () => {
  it('"...," said the gunner, a former teacher who goes by the call sign NAME. Then "NAME, 41, ... "...," he said."', () => {
    const paras = [
      '"Let them send their old rounds," said the gunner, a former music teacher who goes by the call sign Kobza.',
      'Kobza, 44, has fired the same howitzer since spring. "We count the duds every night," he said.',
    ];
    expect(speakerOf(paras, 'Let them send')).toBe('Kobza');
    expect(speakerOf(paras, 'We count the duds')).toBe('Kobza');
  });
  it('"...," said the cook, known to the whole crew as NAME.', () => {
    const paras = ['"Soup first, politics later," said the cook, known to the whole crew as Babusya.'];
    expect(speakerOf(paras, 'Soup first')).toBe('Babusya');
  });
});

describe('a programme title needs a broadcast before "on"', () => {
  it('"a paper\'s series on "Harbour Lives"" is not read as a programme by this rule', async () => {
    const { isProgrammeTitle } = await import('../src/quotes/programme-title.ts');
    expect(isProgrammeTitle('agreed to an interview for the Gazette\'s series on "', 'Harbour Lives,')).toBe(false);
    expect(isProgrammeTitle('told the Harbour Network\'s Dev Patil on "', 'Evening Ledger.')).toBe(true);
    expect(isProgrammeTitle('Appearing later on "', 'The Week Ahead,')).toBe(true);
  });
});

describe('a programme title needs a verb of appearing or speaking before "on"', () => {
  it('"a video of NAME on "Morning Desk"" is not read as a programme by this rule', async () => {
    const { isProgrammeTitle } = await import('../src/quotes/programme-title.ts');
    expect(isProgrammeTitle('emailing a video of the mayor on "', 'Morning Desk"')).toBe(false);
  });
});
