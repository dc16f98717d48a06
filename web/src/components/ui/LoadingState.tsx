import { Group, Loader, Text } from '@mantine/core';

/** A spinner with a visible, announced text, so the wait is not silent for screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{label}</Text>
    </Group>
  );
}
