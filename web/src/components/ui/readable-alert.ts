/**
 * Mantine's light green and orange alerts draw their text in a shade that stays below 4.5:1 on their own background;
 * with these styles title and message use the normal text colour, and the colour only tints the box.
 */
export const READABLE_ALERT_STYLES = {
  title: { color: 'var(--mantine-color-text)' },
  message: { color: 'var(--mantine-color-text)' },
} as const;
