/**
 * The asterisk Mantine puts after the labels of required inputs, for labels it does not mark itself (checkboxes,
 * legends of checkbox groups). Hidden from screen readers: the input says `required`, a group's help says what it needs.
 */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      {' *'}
    </span>
  );
}
