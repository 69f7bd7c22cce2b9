// npm run docs:cli: rewrites README's command block from the CLI's table (a unit test fails when
// README is out of date).
import fs from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '../electron/cli/table';
import { readmeWithCommands } from '../electron/cli/usage';

const file = path.resolve(__dirname, '..', 'README.md');
const before = fs.readFileSync(file, 'utf8');
const after = readmeWithCommands(before, COMMANDS);
if (after === before) console.log('README 的命令行一节已是最新。');
else {
  fs.writeFileSync(file, after);
  console.log('已更新 README 的命令行一节。');
}
