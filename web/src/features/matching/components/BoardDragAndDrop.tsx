import {
  type Active,
  type Announcements,
  DndContext,
  type DraggableSyntheticListeners,
  DragOverlay,
  type Over,
  pointerWithin,
  PointerSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Group } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MoveRequest, type MoveTarget } from '../use-move-volunteer';

interface DragData {
  request: MoveRequest;
}

interface DropData {
  target: MoveTarget;
}

const requestOf = (active: Active | null) => (active?.data.current as DragData | undefined)?.request ?? null;
const targetOf = (over: Over | null) => (over?.data.current as DropData | undefined)?.target ?? null;

/** A drop that moves someone: onto another team, or out of a team into "without a team". */
function accepts(request: MoveRequest | null, target: MoveTarget | null): target is MoveTarget {
  if (!request || !target) return false;
  return target.challengeId === null
    ? request.fromChallengeId !== null
    : target.challengeId !== request.fromChallengeId;
}

interface BoardDragAndDropProps {
  /** Called when a volunteer is let go over a place that takes them; the caller moves them (and says how it went). */
  onDrop: (request: MoveRequest, target: MoveTarget) => void;
  children: ReactNode;
}

/**
 * Drag and drop on the review board, for the mouse and touch: a member's (or an unassigned volunteer's) handle is
 * dragged onto a team card, a challenge without a team, or "without a team". It is the pointer's shortcut to "Move to …",
 * which stays the way for the keyboard; so there is no keyboard sensor, and the handle, pressed, opens that dialog.
 * What dnd-kit tells screen readers (instructions and the running commentary) is in the reader's language.
 */
export function BoardDragAndDrop({ onDrop, children }: BoardDragAndDropProps) {
  const { t } = useTranslation();
  // A small distance before a drag begins: a press on the handle stays a press (it opens "Move to …").
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { distance: 6 } }),
  );
  const [dragged, setDragged] = useState<MoveRequest | null>(null);

  const announcements = useMemo<Announcements>(() => {
    const name = (active: Active) => requestOf(active)?.firstName ?? '';
    const place = (target: MoveTarget) => target.title ?? t('matching.move.withoutTeam');
    return {
      onDragStart: ({ active }) => t('matching.drag.pickedUp', { name: name(active) }),
      onDragOver: ({ active, over }) => {
        const target = targetOf(over);
        return accepts(requestOf(active), target)
          ? t('matching.drag.over', { name: name(active), target: place(target) })
          : t('matching.drag.overNothing', { name: name(active) });
      },
      onDragEnd: ({ active, over }) => {
        const target = targetOf(over);
        return accepts(requestOf(active), target)
          ? // Only where they were let go: whether they moved is told once the server answered.
            t('matching.drag.dropped', { name: name(active), target: place(target) })
          : t('matching.drag.notMoved', { name: name(active) });
      },
      onDragCancel: ({ active }) => t('matching.drag.notMoved', { name: name(active) }),
    };
  }, [t]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerWithin}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('matching.drag.instructions') } }}
      onDragStart={({ active }) => setDragged(requestOf(active))}
      onDragCancel={() => setDragged(null)}
      onDragEnd={({ active, over }) => {
        setDragged(null);
        const request = requestOf(active);
        const target = targetOf(over);
        if (request && accepts(request, target)) onDrop(request, target);
      }}
    >
      {children}
      {/* What follows the pointer: only the name (no second copy of the member's controls and ids). */}
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <div className="matching-drag-overlay" aria-hidden="true">
            <GripIcon />
            {dragged.firstName}
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}

/** The id of a draggable volunteer: one per place they hold (a member of a team, or without a team). */
const dragId = (request: MoveRequest) => `drag-${request.fromChallengeId ?? 'none'}-${request.volunteerId}`;

/** What a DragHandle needs from useVolunteerDrag (spread onto it). */
export interface DragHandleBinding {
  activatorRef: (element: HTMLElement | null) => void;
  listeners: DraggableSyntheticListeners;
  describedBy: string;
}

/**
 * Makes a volunteer's row draggable by its handle: `setNodeRef` goes on the row, `handle` is spread onto a DragHandle.
 * Outside a BoardDragAndDrop, or when `enabled` is false, nothing can be dragged.
 */
export function useVolunteerDrag(request: MoveRequest, enabled: boolean) {
  const data: DragData = { request };
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: dragId(request),
    data,
    disabled: !enabled,
  });
  const handle: DragHandleBinding = {
    activatorRef: setActivatorNodeRef,
    listeners,
    describedBy: attributes['aria-describedby'],
  };
  return { setNodeRef, isDragging, handle };
}

interface DragHandleProps extends DragHandleBinding {
  label: string;
  onPress: () => void;
}

/**
 * The visible handle to drag a volunteer by. It is a real button: pressed (or activated by a screen reader) it opens
 * "Move to …". It is left out of the tab order because the member's actions menu already holds that item for the
 * keyboard, and a second stop per person would double the way through the board.
 */
export function DragHandle({ activatorRef, listeners, describedBy, label, onPress }: DragHandleProps) {
  return (
    <button
      type="button"
      ref={activatorRef}
      {...listeners}
      className="matching-drag-handle"
      aria-label={label}
      title={label}
      aria-describedby={describedBy}
      tabIndex={-1}
      onClick={(event) => {
        // Not every browser focuses a button that is clicked: the dialog returns focus to what had it.
        event.currentTarget.focus();
        onPress();
      }}
    >
      <GripIcon />
    </button>
  );
}

function GripIcon() {
  return (
    <svg width="12" height="18" viewBox="0 0 12 18" aria-hidden="true" focusable="false">
      {[3, 9].flatMap((x) =>
        [3, 9, 15].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.75" fill="currentColor" />),
      )}
    </svg>
  );
}

type DropState = 'target' | 'over' | null;

/**
 * A place a volunteer can be dropped: `setNodeRef` goes on its element. While someone is dragged, `state` says whether this
 * place would take them ('target') and whether they are over it right now ('over'); null otherwise.
 */
export function useDropTarget(id: string, target: MoveTarget) {
  const data: DropData = { target };
  const { setNodeRef, isOver, active } = useDroppable({ id, data });
  const state: DropState = accepts(requestOf(active), target) ? (isOver ? 'over' : 'target') : null;
  return { setNodeRef, state };
}

/** The class that marks a drop target while dragging (a dashed outline; solid and tinted while over it). */
export function dropTargetClass(state: DropState): string | undefined {
  if (state === 'over') return 'matching-drop-target matching-drop-over';
  if (state === 'target') return 'matching-drop-target';
  return undefined;
}

interface DraggablePersonProps {
  request: MoveRequest;
  editable: boolean;
  /** The handle's accessible name ("drag Ben out of …"). */
  handleLabel: string;
  /** Activating the handle without dragging: the keyboard path, the "move to…" dialog. */
  onPress: () => void;
  /** What the board shows of the person. */
  children: ReactNode;
  /** Their actions menu, at the end of the row. */
  actions: ReactNode;
}

/** A person on the board as a list item: a handle to drag them (when editable), what they bring, their actions. */
export function DraggablePerson({ request, editable, handleLabel, onPress, children, actions }: DraggablePersonProps) {
  const { setNodeRef, isDragging, handle } = useVolunteerDrag(request, editable);
  return (
    <li ref={setNodeRef} className={isDragging ? 'matching-dragged' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Group align="flex-start" wrap="nowrap" gap="xs" className="matching-person">
          {editable && <DragHandle {...handle} label={handleLabel} onPress={onPress} />}
          {children}
        </Group>
        {actions}
      </Group>
    </li>
  );
}
