// Entry point: build the app's instances (no module-level state) and render.
// First: before any module that loads zod.
import './lib/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { deviceLanguage } from './features/language';
import { createI18n } from './i18n';
import { preloadPageFor } from './lazyPages';
import { compareSwedish } from './lib/format';
import { startPageData } from './lib/pageQueries';
import { createQueryClient } from './lib/queryClient';
import './styles/global.css';
import './styles/administration.css';

const queryClient = createQueryClient();
preloadPageFor(window.location.pathname);
startPageData(queryClient, window.location.pathname);
// Building the Swedish collator takes 30+ ms on a slow phone: here it gets a task of its own,
// before the data arrives, instead of lengthening the first render of a list of names.
setTimeout(() => compareSwedish('a', 'b'), 0);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// Swedish is in this chunk, so this waits only in English (for the English chunk).
void createI18n(deviceLanguage()).then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} i18n={i18n} />
    </StrictMode>,
  );
});
