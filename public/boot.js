// Loads the WebAssembly app. Kept in a file (not inline) so the Content-Security-Policy can
// forbid inline scripts.
import init from "/pkg/app.js";

// The HTML arrives with a first view (`#first-view`: the header, the page's heading and room for
// the rest) and a hidden place for the app (`#app`). The app takes over in one step once its page
// has a heading or an action (or says it failed), so the page never shows both or neither. What a person typed
// into the first view, and where their focus was, carry over to the app's same fields.
const app = document.getElementById("app");
function takeOver() {
  const first = document.getElementById("first-view");
  if (!first) return true;
  if (!app.querySelector("main h1, main .button, [role=alert]")) return false;
  const focused = first.contains(document.activeElement) ? document.activeElement.id : "";
  for (const field of first.querySelectorAll("input[id], textarea[id]")) {
    const twin = app.querySelector(`#${CSS.escape(field.id)}`);
    if (field.value && twin && !twin.value) {
      twin.value = field.value;
      twin.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
  first.remove();
  app.hidden = false;
  if (focused) app.querySelector(`#${CSS.escape(focused)}`)?.focus();
  return true;
}

// Back from loading again in the language just chosen in the footer: focus returns to the menu
// once it is there (it comes with a chunk of its own).
let toLanguageMenu = false;
try {
  toLanguageMenu = sessionStorage.getItem("qh-focus-language") !== null;
  sessionStorage.removeItem("qh-focus-language");
} catch {
  // Storage refused: focus stays at the top of the page.
}
function returnToLanguageMenu() {
  const menu = toLanguageMenu && app.querySelector("#language");
  if (!menu) return;
  toLanguageMenu = false;
  menu.focus();
}

// After each navigation the new page's main heading names the tab and, unless the page has put
// focus inside itself, takes focus, so that a screen reader announces the page. The page a
// person lands on keeps the title and focus it arrived with; a page that redraws its heading
// without a navigation is left alone.
let path = location.pathname;
let titledIn = "en";
let heading = null;
let shown = false;
new MutationObserver(() => {
  shown = shown || takeOver();
  if (!shown) return;
  returnToLanguageMenu();
  const current = app.querySelector("main h1");
  if (!current || current === heading) return;
  heading = current;
  // The title the HTML came with is English: kept on landing in English, replaced in any other
  // language and whenever the language changes.
  const lang = document.documentElement.lang;
  const navigated = location.pathname !== path;
  if (!navigated && lang === titledIn && lang === "en") return;
  path = location.pathname;
  titledIn = lang;
  const name = current.textContent.trim().replace(/\s+/g, " ");
  document.title = path === "/" ? document.documentElement.dataset.homeTitle : `${name} · Quarterhour`;
  if (navigated && !app.querySelector("main").contains(document.activeElement)) {
    if (!current.hasAttribute("tabindex")) current.setAttribute("tabindex", "-1");
    current.focus();
  }
}).observe(app, { childList: true, subtree: true });

init({ module_or_path: "/pkg/app_bg.wasm" });

// The first date format a page makes loads the browser's locale and zone data: a long pause,
// taken here while the app downloads instead of inside the app's first render.
setTimeout(() => {
  new Intl.DateTimeFormat().resolvedOptions();
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", timeZoneName: "short", timeZone: "UTC" }).format(0);
}, 0);
