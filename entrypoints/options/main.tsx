/** The options page: brand voice profiles, live preview, rule and site switches. */
import '../../components/shared/surface.css';
import '../../components/options/options.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '../../components/options/Options';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
