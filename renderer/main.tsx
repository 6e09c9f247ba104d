/** Renderer entry: styles, then the React root. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/ciso.css'
import './styles/dashboard.css'

const el = document.getElementById('root')
if (el !== null) {
  createRoot(el).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
