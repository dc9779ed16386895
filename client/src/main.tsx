// Entry point: build the app's instances (no module-level state) and render.
import './lib/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { deviceLanguage } from './features/language';
import { createI18n } from './i18n';
import { preloadPageFor } from './lazyPages';
import { createQueryClient } from './lib/queryClient';
import './styles/global.css';
import './styles/administration.css';

preloadPageFor(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App queryClient={createQueryClient()} i18n={createI18n(deviceLanguage())} />
  </StrictMode>,
);
