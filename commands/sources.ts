import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/command.ts';

export default {
  definition: new SlashCommandBuilder().setName('sources').setDescription('The articles the bot answers from.'),
  description: 'The documents in the corpus: outlet, date, title, id and number of paragraphs.',
  usage: '/sources',
  example: '/sources',
  run({ engine }) {
    return engine.sources();
  },
} satisfies Command;
