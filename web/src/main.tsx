import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { preferredLanguage, setUpI18n } from './i18n';
import { signIn } from './lib/auth/auth';
import { loadConfig } from './lib/config';
import { PreferencesProvider } from './lib/format/preferences';
import './app/app.css';

const language = preferredLanguage();
await setUpI18n(language);
await signIn(await loadConfig(), language);

// live updates refresh what changed, so data need not be refetched on every focus
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PreferencesProvider>
        <App />
      </PreferencesProvider>
    </QueryClientProvider>
  </StrictMode>,
);
