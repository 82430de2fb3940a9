// The commands of the Rust side. The window decides nothing: it asks for view models.

const invoke = window.__TAURI__.core.invoke;

export const api = {
  uiTexts: () => invoke("ui_texts"),
  setLanguage: (code) => invoke("set_language", { code }),
  setLargeText: (on) => invoke("set_large_text", { on }),
  setEasyReading: (on) => invoke("set_easy_reading", { on }),
  startScreen: () => invoke("start_screen"),
  search: (query) => invoke("search", { query }),
  decisionScreen: (id) => invoke("decision_screen", { id }),
  startSession: (gridId, mode, patient) => invoke("start_session", { gridId, mode, patient }),
  sessionScreen: (session) => invoke("session_screen", { session }),
  recordEvent: (session, event) => invoke("record_event", { session, event }),
  startScreenReady: () => invoke("start_screen_ready"),
  recordsStatus: () => invoke("records_status"),
  restoreRecords: () => invoke("restore_records"),
  patientsScreen: () => invoke("patients_screen"),
  sessionReadOnly: (session) => invoke("session_read_only", { session }),
  exportPatientFiles: (patient, folder) => invoke("export_patient_files", { patient, folder }),
  erasePatient: (patient, label) => invoke("erase_patient", { patient, label }),
  sharingScreen: () => invoke("sharing_screen"),
  contributionPreview: (gridId, period) => invoke("contribution_preview", { gridId, period }),
  writeContribution: (gridId, period, folder, digest) =>
    invoke("write_contribution", { gridId, period, folder, digest }),
  withdrawConsent: (session) => invoke("withdraw_consent", { session }),
  speakBlock: (session, block) => invoke("speak_block", { session, block }),
  speakStep: (session) => invoke("speak_step", { session }),
  stopSpeaking: () => invoke("stop_speaking"),
  speechSettings: () => invoke("speech_settings"),
  setSpeechRate: (slower) => invoke("set_speech_rate", { slower }),
  installBundle: (path) => invoke("install_bundle", { path }),
  installStatus: () => invoke("install_status"),
  cancelInstall: () => invoke("cancel_install"),
  chooseBundleFile: () => invoke("choose_bundle_file"),
};
