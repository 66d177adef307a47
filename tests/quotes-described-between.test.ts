import { describe, expect, it } from 'vitest';
import { speakerOf } from './helpers/quotes.ts';

// A person brought in by an indefinite description between a named speaker and a later "he said" stands
// between them: the pronoun does not skip over them to the earlier name.
const NAMED = '"He told me the barges would be back by spring," a skipper, Joel Brand, said of Maas.';

describe('a described person between a name and a pronoun', () => {
  it('gives "he said" to one the sentence before sets up as a source by a relative clause, even as its object', () => {
    const paragraphs = [NAMED, 'The last word went to a retired lock keeper in Delft, who asked not to be named. "It has become a canal for tourists," he said.'];
    expect(speakerOf(paragraphs, 'canal')).toBe('a retired lock keeper in Delft');
    expect(speakerOf(paragraphs, 'barges')).toBe('Joel Brand');
  });

  it('reads a description with a phrase of place after it as the speaker, credit after or before the quote', () => {
    expect(speakerOf([NAMED, '"It has become a canal for tourists," a retired lock keeper in Delft said.'], 'canal')).toBe('a retired lock keeper in Delft');
    expect(speakerOf([NAMED, 'A retired lock keeper in Delft said: "It has become a canal for tourists."'], 'canal')).toBe('a retired lock keeper in Delft');
    expect(speakerOf([NAMED, '"It has become a canal for tourists," a shopkeeper from Gouda said.'], 'canal')).toBe('a shopkeeper from Gouda');
  });

  it('still gives a name in a place phrase to no one: "a keeper in Delft" is not a person called Delft', () => {
    expect(speakerOf(['"It has become a canal for tourists," a retired lock keeper in Delft said.'], 'canal')).not.toBe('Delft');
  });

  it('leaves "he said" unattributed rather than skip over a described person only mentioned between', () => {
    const paragraphs = [NAMED, 'The last word went to a retired lock keeper in Delft. "It has become a canal for tourists," he said.'];
    expect(speakerOf(paragraphs, 'canal')).toBeNull();
    expect(speakerOf([NAMED, 'Down the quay sat a fisherman mending nets. "It has become a canal for tourists," he said.'], 'canal')).toBeNull();
  });

  it('still skips to the named speaker over a description said of him, one who asks him, or one of the other gender', () => {
    const asked = [NAMED, 'Brand worked for years as a skipper on the Rhine. "It has become a canal for tourists," he said.'];
    expect(speakerOf(asked, 'canal')).toBe('Joel Brand');
    expect(speakerOf([NAMED, 'A reporter asked Brand how the season went. "It has become a canal for tourists," he said.'], 'canal')).toBe('Joel Brand');
    expect(speakerOf([NAMED, 'Brand sold his boat to a woman from Gouda last year. "It has become a canal for tourists," he said.'], 'canal')).toBe('Joel Brand');
  });
});

describe('a newcomer the reading once missed', () => {
  it('does not pass a "he" over a witness brought in under a letter ("as Officer K.") to the man named before', () => {
    const paragraphs = [
      'The court heard from Mr Tomas Brecht, a ship broker. "I never saw the manifest," Mr Brecht said.',
      'For the prosecution, a police officer gave evidence anonymously as Officer K. He said the van had been "parked there all night."',
    ];
    expect(speakerOf(paragraphs, 'manifest')).toBe('Tomas Brecht');
    expect(speakerOf(paragraphs, 'parked there')).not.toBe('Tomas Brecht');
  });

  it('reads "In <Place>, a <person> ..." as a newcomer between, not an appositive of the place', () => {
    const paragraphs = [
      'The minister, Arne Solheim, opened the bridge on Monday. "It took us ten years," Solheim said. The crowd cheered.',
      'In Bergen, a retired engineer watched the ceremony. He said the bridge was "too narrow for the lorries."',
    ];
    expect(speakerOf(paragraphs, 'ten years')).toBe('Arne Solheim');
    expect(speakerOf(paragraphs, 'too narrow')).not.toBe('Arne Solheim');
  });
});
