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

  // The tests read as a German visitor's browser, whatever language the machine running them has.
  Object.defineProperty(window.navigator, 'languages', { value: ['de-DE', 'de'], configurable: true });
  Object.defineProperty(window.navigator, 'language', { value: 'de-DE', configurable: true });

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
