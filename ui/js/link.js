// A link from the patient record (keuzehulp://): the session it began, the offer to continue
// an unfinished one, or why it was refused. The texts come with the page from the core.

import { api } from "./api.js";
import { el, show } from "./dom.js";

/** Show `page`; `ctx` gives `t`, `openSession(session, screen)`, `home()` and `onError`. */
export function linkScreen(page, { t, openSession, home, onError }) {
  if (page.kind === "opened") return openSession(page.session, page.screen);
  if (page.kind === "offer") {
    const resume = async () => {
      try {
        openSession(page.session, await api.sessionScreen(page.session));
      } catch (error) {
        onError(error);
      }
    };
    const anew = async () => {
      try {
        const opened = await api.startSession(page.grid_id, page.mode, page.patient);
        openSession(opened.session, opened.screen);
      } catch (error) {
        onError(error);
      }
    };
    return show(el("section", { class: "link-offer", id: "link-offer", "data-session": String(page.session) },
      el("h2", {}, page.heading),
      el("p", { class: "lead", id: "link-offer-text" }, page.text),
      el("div", { class: "modes" },
        el("button", { type: "button", class: "primary", id: "link-continue", onclick: resume }, page.continue_label),
        el("button", { type: "button", id: "link-new", onclick: anew }, page.new_label))));
  }
  return show(el("section", { class: "error", id: "link-refused" },
    el("h2", {}, t("ui-link-refused-heading")),
    el("p", { role: "alert", id: "link-refused-message" }, page.message),
    el("button", { type: "button", onclick: () => home() }, t("ui-to-start"))));
}
