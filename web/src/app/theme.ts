import { Badge, createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 6 (Mantine's default) gives white text on blue a contrast below 4.5:1; shade 8 passes WCAG AA.
  primaryShade: 8,
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  // Long German words in headings ("Organisationsteam", "Datenschutzanfragen") fit a 320–360 px screen whole: the two
  // largest sizes shrink with the viewport (Mantine's 34 and 26 px on wider screens), where they broke mid-word.
  headings: {
    fontWeight: '700',
    sizes: {
      h1: { fontSize: 'clamp(1.375rem, 0.75rem + 3.5vw, 2.125rem)' },
      h2: { fontSize: 'clamp(1.25rem, 0.875rem + 2vw, 1.625rem)' },
    },
  },
  // People who ask their system for less motion get no fades or slides (WCAG 2.3.3); dialogs appear at once.
  respectReducedMotion: true,
  components: {
    // Statuses read as words ("In Bearbeitung"), not shouted: Mantine's badges are uppercase unless told otherwise,
    // which some of ours were and others not.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
  },
});

// Mantine's "dimmed" grey (gray.6) is too light for small text on white; gray.7 passes AA. Its error red (red.6)
// gives 3.3:1 for field errors; red.9 passes AA.
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme) => ({
  variables: {},
  light: { '--mantine-color-dimmed': mantineTheme.colors.gray[7], '--mantine-color-error': mantineTheme.colors.red[9] },
  dark: {},
});
