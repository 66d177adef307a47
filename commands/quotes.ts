import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.ts';
import { isError, requiredText } from '../src/options.ts';

const example = '/quotes speaker: Putin';

export default {
  definition: new SlashCommandBuilder()
    .setName('quotes')
    .setDescription('Every quote of a speaker in the sources, with citations.')
    .addStringOption((o) =>
      o.setName('speaker').setDescription('A name, e.g. Putin or Kim Jong Un').setRequired(true).setMaxLength(100).setAutocomplete(true),
    ),
  description: 'Every quote of one speaker, in document and paragraph order (any form of the name works).',
  usage: '/quotes speaker: <name>',
  example,
  paged: true,
  run({ engine }, options) {
    const speaker = requiredText(options, 'speaker', example);
    if (isError(speaker)) return speaker;
    return engine.quotes(speaker);
  },
  autocomplete({ engine }, _option, typed) {
    return engine.quoteBook.suggestSpeakers(typed, 25).map((name) => ({ name, value: name }));
  },
} satisfies Command;
