import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Catalogue tests run in plain Node; everything below is for the happy-dom component tests.
if (typeof window !== 'undefined') {
  // happy-dom lacks these browser APIs; Mantine reads them.
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => {},
        removeEventListener: () => {},
        addListener: () => {},
        removeListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }

  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    (window as unknown as { ResizeObserver: typeof ResizeObserverStub }).ResizeObserver = ResizeObserverStub;
  }

  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    document.documentElement.lang = 'de';
    document.title = '';
  });
}
