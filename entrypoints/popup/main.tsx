/** The toolbar popup: session stats and the pause switch for the current site. */
import '../../components/shared/surface.css';
import '../../components/popup/popup.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '../../components/popup/Popup';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup />
  </StrictMode>,
);
