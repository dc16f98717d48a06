// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const STYLES = readFileSync(fileURLToPath(new URL('styles.css', import.meta.url)), 'utf8');
const MANTINE_STYLES = dirname(createRequire(import.meta.url).resolve('@mantine/core/styles/Button.css'));
/** Sheets a component needs besides its own (its parts are other components). */
const NEEDS: Record<string, string[]> = {
  Modal: ['ModalBase', 'Overlay', 'CloseButton'],
  Menu: ['Popover'],
  NativeSelect: ['Input'],
  TextInput: ['Input'],
  Textarea: ['Input'],
  Checkbox: ['InlineInput'],
  Radio: ['InlineInput'],
  Switch: ['InlineInput'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The Mantine components the app imports, by name. */
function mantineComponents(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(SRC))
    for (const [, list] of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g))
      for (const part of list.split(','))
        if (!/^\s*type\s/.test(part)) {
          const name = part.trim().split(/\s+as\s+/)[0];
          if (name) names.add(name);
        }
  return names;
}

describe('the Mantine style sheets', () => {
  // Only the sheets the app uses are imported (the full one is 248 kB): a component without its sheet renders unstyled,
  // a dialog then shows at the end of the page instead of over it.
  it('imports the sheet of every Mantine component the app uses, and of the parts they are made of', () => {
    const needed = [...mantineComponents()]
      .flatMap((name) => [name, ...(NEEDS[name] ?? [])])
      .filter((name) => existsSync(join(MANTINE_STYLES, `${name}.css`)));
    expect(needed).toContain('Modal');
    const missing = [...new Set(needed)].filter((name) => !STYLES.includes(`@mantine/core/styles/${name}.css'`));
    expect(missing).toEqual([]);
  });
});
