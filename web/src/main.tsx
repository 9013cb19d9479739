import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preferredLanguage, setUpI18n } from './i18n';
import { signIn, type ClientConfig } from './lib/auth/auth';
import './app/app.css';

const language = preferredLanguage();
await setUpI18n(language);
const config = (await (await fetch('/api/v1/client-config')).json()) as ClientConfig;
await signIn(config, language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
