import { Table } from '@mantine/core';
import { type ReactNode } from 'react';

/**
 * A data table that scrolls sideways on narrow screens (320 px) instead of squeezing: the scroll region can be
 * focused and scrolled with the keyboard, and is named by the table's caption. `fit`: a table of two columns (a
 * figure's name and its value) wraps its names instead, so that the values stay in view (on 360 px the names took
 * 393 px and pushed the values out of sight). As the other scrolling tables (`.table-scroll`): the caption stays in
 * view while the table scrolls, and a shadow at an edge shows there is more of it.
 */
export function ScrollTable({
  id,
  caption,
  children,
  fit = false,
}: {
  id: string;
  caption: string;
  children: ReactNode;
  fit?: boolean;
}) {
  return (
    <div
      className={fit ? 'table-scroll table-scroll-fit' : 'table-scroll'}
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
    >
      <Table
        id={id}
        striped
        withTableBorder
        withColumnBorders
        verticalSpacing="xs"
        miw={fit ? undefined : 'max-content'}
      >
        <caption
          id={`${id}-caption`}
          style={{ captionSide: 'top', textAlign: 'start', fontWeight: 700, padding: '0.5rem 0' }}
        >
          {caption}
        </caption>
        {children}
      </Table>
    </div>
  );
}
