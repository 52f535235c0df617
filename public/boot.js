// Loads the WebAssembly app. Kept in a file (not inline) so the Content-Security-Policy can
// forbid inline scripts.
import init from "/pkg/app.js";

init({ module_or_path: "/pkg/app_bg.wasm" });
