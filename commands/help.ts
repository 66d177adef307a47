import { SlashCommandBuilder } from '@discordjs/builders';
import { commandName, type Command } from '../src/command.ts';

export default {
  definition: new SlashCommandBuilder().setName('help').setDescription('What each command does, with examples.'),
  description: 'What each command does, with examples.',
  usage: '/help',
  example: '/help',
  run({ commands }) {
    return {
      kind: 'help',
      commands: commands.map((c) => ({ name: commandName(c), description: c.description, usage: c.usage, example: c.example })),
    };
  },
} satisfies Command;
