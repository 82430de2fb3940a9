// The commands of the Rust side. The window decides nothing: it asks for view models.

const invoke = window.__TAURI__.core.invoke;

export const api = {
  uiTexts: () => invoke("ui_texts"),
  setLanguage: (code) => invoke("set_language", { code }),
  startScreen: () => invoke("start_screen"),
  decisionScreen: (id) => invoke("decision_screen", { id }),
  startScreenReady: () => invoke("start_screen_ready"),
};
