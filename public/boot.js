// Loads the WebAssembly app. Kept in a file (not inline) so the Content-Security-Policy can
// forbid inline scripts.
import init from "/pkg/app.js";

// After each navigation the new page's main heading names the tab and, unless the page has put
// focus inside itself, takes focus, so that a screen reader announces the page. The page a
// person lands on keeps the title and focus it arrived with; a page that redraws its heading
// without a navigation is left alone.
const homeTitle = document.title;
let path = location.pathname;
let heading = null;
new MutationObserver(() => {
  const shown = document.querySelector("main h1");
  if (!shown || shown === heading) return;
  heading = shown;
  if (location.pathname === path) return;
  path = location.pathname;
  const name = shown.textContent.trim().replace(/\s+/g, " ");
  document.title = path === "/" ? homeTitle : `${name} · Quarterhour`;
  if (!document.querySelector("main").contains(document.activeElement)) {
    if (!shown.hasAttribute("tabindex")) shown.setAttribute("tabindex", "-1");
    shown.focus();
  }
}).observe(document.body, { childList: true, subtree: true });

init({ module_or_path: "/pkg/app_bg.wasm" });
