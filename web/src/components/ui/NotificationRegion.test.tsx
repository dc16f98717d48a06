import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';

describe('notification region', () => {
  it('announces a message once and lets the person close it', async () => {
    const { notifications, user } = renderApp({ path: '/nowhere' });
    await screen.findByRole('heading', { level: 1 });

    act(() => {
      notifications.show('Keine Verbindung.');
      notifications.show('Keine Verbindung.');
    });
    const region = screen.getByRole('region', { name: 'Benachrichtigungen' });
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['FehlerKeine Verbindung.']);

    await user.click(screen.getByRole('button', { name: 'Schließen' }));
    expect(region.children).toHaveLength(0);
  });
});
