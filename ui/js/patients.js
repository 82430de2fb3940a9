// The patients overview: each patient with their sessions (continue, or read back), how
// their preferences changed, saving their data and erasing it; and the banner that says,
// on every screen, when answers cannot be saved.

import { api } from "./api.js";
import { el, show } from "./dom.js";
import { stepContent } from "./steps.js";
import { chooseButton } from "./take_home.js";

/** Show or hide the records banner; offers a restore when the file is damaged. */
export async function recordsBanner({ t, onRestored }) {
  const banner = document.getElementById("records-banner");
  const status = await api.recordsStatus();
  if (!status) {
    banner.hidden = true;
    banner.replaceChildren();
    return;
  }
  const note = el("p", { class: "restore-result", id: "restore-result", role: "status" });
  const restore = status.can_restore
    ? el("button", {
      type: "button",
      id: "restore",
      onclick: async () => {
        try {
          const message = await api.restoreRecords();
          await recordsBanner({ t, onRestored });
          onRestored(message);
        } catch (error) {
          note.textContent = error?.message ?? String(error);
        }
      },
    }, t("ui-records-restore"))
    : null;
  banner.replaceChildren(el("p", { id: "records-problem" }, status.message), restore, note);
  banner.hidden = false;
}

function history(h, t) {
  return el("section", { class: "history" },
    el("h4", {}, `${t("ui-patients-history-heading")}: ${h.condition}`),
    el("table", { class: "history-table" },
      el("thead", {}, el("tr", {},
        el("th", { scope: "col" }, t("ui-patients-history-aspect")),
        h.dates.map((d) => el("th", { scope: "col" }, d)))),
      el("tbody", {}, h.rows.map((row) =>
        el("tr", {},
          el("th", { scope: "row" }, row.aspect),
          row.cells.map((c) => el("td", { class: c.changed ? "changed" : null },
            c.importance,
            c.changed ? el("span", { class: "changed-mark" }, ` (${t("ui-patients-changed")})`) : null)))))),
    el("p", { class: "history-changes" }, h.changes));
}

function sessionRow(s, t, { openSession, readOnly, withdraw }) {
  return el("li", { class: "session", "data-session": String(s.id), "data-shared": String(s.shared) },
    el("p", { class: "session-title" }, el("strong", {}, s.condition), " · ", s.when),
    el("dl", { class: "session-facts" },
      el("dt", {}, t("ui-patients-mode")), el("dd", {}, s.mode),
      el("dt", {}, t("ui-patients-step")), el("dd", {}, s.step),
      el("dt", {}, t("ui-patients-choice")), el("dd", {}, s.choice),
      el("dt", {}, t("ui-patients-consent")), el("dd", { class: "consent-state" }, s.consent,
        s.shared ? [" ", el("button", { type: "button", class: "withdraw", onclick: () => withdraw(s.id) }, t("ui-patients-withdraw"))] : null)),
    s.available
      ? el("div", { class: "session-actions" },
        el("button", { type: "button", class: "continue primary", onclick: () => openSession(s.id) }, t("ui-patients-continue")),
        el("button", { type: "button", class: "view", onclick: () => readOnly(s.id) }, t("ui-patients-view")))
      : el("p", { class: "hint" }, t("ui-patients-unavailable")));
}

function privacy(p, folder, t, { onError, redraw }) {
  const result = el("p", { class: "export-result", role: "status" });
  const input = el("input", { type: "text", class: "export-folder", id: `folder-${p.id}`, value: folder });
  const exportBox = el("details", { class: "export" },
    el("summary", {}, t("ui-patients-export")),
    el("p", {}, t("ui-patients-export-intro")),
    el("label", { for: `folder-${p.id}` }, t("ui-patients-export-folder")),
    el("div", { class: "path-row" },
      input,
      chooseButton(`choose-folder-${p.id}`, t("ui-dialog-choose-folder"), "choose_folder", input)),
    el("button", {
      type: "button",
      class: "export-go",
      onclick: async () => {
        try {
          const written = await api.exportPatientFiles(p.id, input.value);
          result.textContent = written.message;
        } catch (error) {
          result.textContent = "";
          onError(error);
        }
      },
    }, t("ui-patients-export-go")),
    result);
  // The confirmation is a dialog named by its question; opening it moves focus in, closing it
  // brings focus back to the erase button.
  const question = `erase-question-${p.id}`;
  const warning = `erase-warning-${p.id}`;
  const close = () => { confirm.hidden = true; erase.focus(); };
  const confirm = el("div", {
    class: "erase-confirm",
    role: "alertdialog",
    "aria-labelledby": question,
    "aria-describedby": warning,
    tabindex: "-1",
    hidden: true,
    onkeydown: (e) => { if (e.key === "Escape") close(); },
  },
    el("p", { class: "erase-question", id: question }, p.erase_question),
    el("p", { id: warning }, t("ui-patients-erase-warning")),
    el("button", {
      type: "button",
      class: "erase-yes danger",
      onclick: async () => {
        try {
          const message = await api.erasePatient(p.id, p.label);
          await redraw(message);
        } catch (error) {
          onError(error);
        }
      },
    }, p.erase_confirm),
    el("button", { type: "button", class: "erase-no", onclick: close }, t("ui-patients-erase-cancel")));
  const erase = el("button", {
    type: "button",
    class: "erase",
    "aria-haspopup": "dialog",
    onclick: () => {
      confirm.hidden = false;
      // The safe answer first: "no" has focus.
      confirm.querySelector(".erase-no").focus();
    },
  }, t("ui-patients-erase"));
  return el("div", { class: "privacy" }, exportBox, erase, confirm);
}

/** The overview of all patients. `notice` is a message to show on top (after an erasure). */
export async function patientsScreen(ctx, notice) {
  const { t, onError, home } = ctx;
  const screen = await api.patientsScreen();
  const redraw = (message) => patientsScreen(ctx, message);
  const readOnly = (id) => readOnlyScreen(ctx, id);
  const withdraw = async (id) => {
    try {
      await redraw(await api.withdrawConsent(id));
    } catch (error) {
      onError(error);
    }
  };
  show(
    el("section", { class: "patients", id: "patients" },
      el("button", { type: "button", class: "back", onclick: () => home() }, t("ui-back")),
      el("h2", {}, t("ui-patients-heading")),
      el("p", {}, t("ui-patients-intro")),
      notice ? el("p", { class: "notice", id: "patients-notice", role: "status" }, notice) : null,
      await sharingSection(t, onError),
      screen.patients.length
        ? el("ul", { class: "patient-list", id: "patient-list" }, screen.patients.map((p) =>
          el("li", { class: "patient", "data-patient": String(p.id), "data-label": p.label },
            el("h3", { class: "patient-label" }, p.label),
            p.birth_year ? el("p", { class: "birth-year" }, p.birth_year) : null,
            el("h4", {}, t("ui-patients-sessions")),
            p.sessions.length
              ? el("ul", { class: "sessions" }, p.sessions.map((s) => sessionRow(s, t, { openSession: ctx.openSession, readOnly, withdraw })))
              : el("p", {}, t("ui-patients-no-sessions")),
            p.history.map((h) => history(h, t)),
            privacy(p, screen.export_folder, t, { onError, redraw }))))
        : el("p", { id: "patients-empty" }, t("ui-patients-empty"))),
  );
  return redraw;
}

/**
 * "Delen met de richtlijngroep": the grids and months with consented sessions; for one of
 * them, exactly what the file would hold, and only after "yes" is it written.
 */
async function sharingSection(t, onError) {
  const page = await api.sharingScreen();
  const folder = el("input", { type: "text", class: "export-folder", id: "share-folder", value: page.folder, autocomplete: "off" });
  const status = el("p", { class: "status", id: "share-status", role: "status" });
  const preview = el("div", { class: "share-preview", id: "share-preview", hidden: true });
  const openPreview = async (item) => {
    status.textContent = "";
    try {
      const p = await api.contributionPreview(item.grid_id, item.period);
      const write = async () => {
        try {
          const written = await api.writeContribution(p.grid_id, p.period, folder.value, p.digest);
          status.textContent = written.message;
          status.dataset.path = written.path;
          status.classList.remove("failed");
          preview.hidden = true;
        } catch (error) {
          status.textContent = error?.message ?? String(error);
          status.classList.add("failed");
        }
      };
      preview.replaceChildren(
        el("h4", {}, p.heading),
        el("p", {}, p.about),
        el("p", {}, p.installation),
        el("p", {}, p.rule),
        el("p", {}, p.not_included),
        el("p", { class: "hint" }, p.once),
        ...p.blocks.map((b) => el("section", { class: "share-block" },
          el("h5", {}, b.heading),
          el("ul", {}, b.lines.map((line) => el("li", {}, line))))),
        el("details", { class: "share-file" },
          el("summary", {}, t("ui-share-file-text")),
          el("pre", { id: "share-file-text" }, p.file_text)),
        el("div", { class: "save-actions" },
          el("button", { type: "button", id: "share-confirm", class: "primary", onclick: write }, t("ui-share-confirm")),
          el("button", { type: "button", id: "share-cancel", onclick: () => { preview.hidden = true; } }, t("ui-share-cancel"))));
      preview.hidden = false;
    } catch (error) {
      onError(error);
    }
  };
  return el("details", { class: "export sharing", id: "sharing" },
    el("summary", {}, t("ui-share-heading")),
    el("p", {}, t("ui-share-intro")),
    page.screen.items.length
      ? [
        el("label", { for: "share-folder" }, t("ui-share-folder")),
        folder,
        el("ul", { class: "share-items", id: "share-items" }, page.screen.items.map((item) =>
          el("li", { "data-grid": item.grid_id, "data-period": item.period },
            el("span", {}, item.label), " ",
            el("button", { type: "button", class: "share-show", onclick: () => openPreview(item) }, t("ui-share-preview"))))),
        preview,
        status,
      ]
      : el("p", { id: "share-none" }, t("ui-share-none")));
}

/** A session read back: what was said, with nothing that records. */
async function readOnlyScreen(ctx, id) {
  const { t } = ctx;
  try {
    const view = await api.sessionReadOnly(id);
    show(
      el("section", { class: "read-only", id: "read-only", "data-session": String(view.id) },
        el("button", { type: "button", class: "back", onclick: () => patientsScreen(ctx) }, t("ui-patients-back")),
        el("p", { class: "read-only-label", role: "note" }, t("ui-patients-read-only")),
        el("h2", {}, view.condition),
        el("p", { class: "question" }, view.question),
        el("p", {}, `${view.patient} · ${view.when} · ${view.mode}`),
        el("h3", {}, view.summary.labels["summary-heading"]),
        stepContent({ kind: "summary", ...view.summary }, null),
        el("h3", {}, t("ui-patients-importance")),
        view.importance.length
          ? el("ul", { id: "importance" }, view.importance.map((i) => el("li", {}, i)))
          : el("p", {}, view.summary.labels["summary-nothing"])),
    );
  } catch (error) {
    ctx.onError(error);
  }
}
