import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.ts';
import { badInput, sourceChoices, textOption } from '../src/options.ts';

const LENGTHS = ['short', 'medium', 'long'] as const;

export default {
  definition: new SlashCommandBuilder()
    .setName('summary')
    .setDescription('A short summary made of the sources’ own sentences, with citations.')
    .addStringOption((o) =>
      o
        .setName('length')
        .setDescription('How long: short (3 sentences), medium (5) or long (8)')
        .addChoices({ name: 'short (3 sentences)', value: 'short' }, { name: 'medium (5)', value: 'medium' }, { name: 'long (8)', value: 'long' }),
    )
    .addStringOption((o) => o.setName('topic').setDescription('Focus on these words, e.g. sanctions').setMaxLength(100))
    .addStringOption((o) =>
      o.setName('source').setDescription('Summarise one document (see /sources)').setMaxLength(100).setAutocomplete(true),
    ),
  description: 'A cited extractive summary of the corpus or one document, optionally on a topic.',
  usage: '/summary [length: short|medium|long] [topic: <words>] [source: <document id>]',
  example: '/summary length: short',
  run({ engine }, options) {
    const length = (textOption(options, 'length') ?? 'medium').toLowerCase();
    if (!(LENGTHS as readonly string[]).includes(length)) {
      return badInput('`length` must be short, medium or long.');
    }
    return engine.summary({
      length: length as (typeof LENGTHS)[number],
      topic: textOption(options, 'topic') ?? null,
      source: textOption(options, 'source') ?? null,
    });
  },
  autocomplete({ engine }, _option, typed) {
    return sourceChoices(engine, typed);
  },
} satisfies Command;
