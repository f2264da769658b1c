import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startSignedOutAtLogin } from './providers/signed-out';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
startSignedOutAtLogin();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
