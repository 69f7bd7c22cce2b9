import { createRoot } from 'react-dom/client';
import { browserSession } from './api';
import { App } from './App';

// In the browser host: the start-up token leaves the address bar before anything renders.
if (!window.dangjian) void browserSession();

createRoot(document.getElementById('root')!).render(<App />);
