export type NotificationTone = 'error' | 'info';

export interface AppNotification {
  id: number;
  message: string;
  tone: NotificationTone;
}

const MAX_VISIBLE = 3;

/**
 * Messages for the person, shown by NotificationRegion. A plain store (no React) so that
 * the Apollo error link, which lives outside the component tree, can report errors too.
 * Errors stay until dismissed: a timeout would take them away from slow readers.
 */
export class NotificationStore {
  private items: readonly AppNotification[] = [];
  private nextId = 1;
  private readonly listeners = new Set<() => void>();

  show(message: string, tone: NotificationTone = 'error'): void {
    if (this.items.some((item) => item.message === message)) return;
    const item = { id: this.nextId++, message, tone };
    this.update([...this.items, item].slice(-MAX_VISIBLE));
  }

  dismiss(id: number): void {
    this.update(this.items.filter((item) => item.id !== id));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly AppNotification[] => this.items;

  private update(items: readonly AppNotification[]): void {
    this.items = items;
    this.listeners.forEach((listener) => listener());
  }
}
