// npx tsx shared/bench/generate.ts --preset NAME [--seed N] > instance.json
// NAME: a preset (nachtschicht-15x50, nachtschicht-60x200, hackathon-300x1000, hackathon-300x1500,
// national-2000x10000) followed by any of -scarce, -surplus, -scores, -pins.
import { generatePreset, PRESETS } from '../src/matching-verify/generator';

function main(argv: string[]): number {
  let preset: string | undefined;
  let seed = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--preset') preset = argv[++i];
    else if (argv[i] === '--seed') seed = Number(argv[++i]);
    else {
      process.stderr.write(`unknown argument ${argv[i]}\n`);
      return 2;
    }
  }
  if (!preset || !Number.isInteger(seed)) {
    process.stderr.write(`usage: generate.ts --preset NAME [--seed N]; presets: ${Object.keys(PRESETS).join(', ')}\n`);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(generatePreset(preset, seed))}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
