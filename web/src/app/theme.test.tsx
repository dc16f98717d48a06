import { Badge, MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { theme } from './theme';

describe('theme', () => {
  it('writes badges as words, not in capitals', () => {
    render(
      <MantineProvider theme={theme}>
        <Badge>In Bearbeitung</Badge>
      </MantineProvider>,
    );
    const badge = screen.getByText('In Bearbeitung').closest<HTMLElement>('.mantine-Badge-root');
    expect(badge?.style.textTransform).toBe('none');
  });
});
