# Take it home: save the summary, the health-record bundle and the session file; continue at
# home and read the answers given at home back in.

ui-takehome-heading = Take home and save
ui-takehome-folder = Folder to save in
ui-takehome-folder-hint = You can type another folder.
ui-takehome-save-pdf = Save the summary (PDF)
ui-takehome-save-fhir = Save for the health record (FHIR)
ui-takehome-save-session = Take it home
ui-takehome-save-session-home = Send back to the clinician
ui-takehome-open-heading = Open a session
ui-takehome-open-intro = Did you get a session file? Or does a file come back from home? Type where the file is.
ui-takehome-open-path = Where is the file?
ui-takehome-open-patient = For which patient? (may be empty)
ui-takehome-open-button = Open
ui-takehome-back = Back to the start

takehome-file-summary = summary
takehome-file-fhir = record
takehome-file-session = session
takehome-saved = Saved in { $file }

takehome-changes-heading = What changed at home?
takehome-changes-intro = Answers from { $patient } about { $condition }, given at home.
takehome-status-added = { $count ->
    [one] 1 answer from home was added. Nothing was removed.
   *[other] { $count } answers from home were added. Nothing was removed.
}
takehome-status-already = This file was read before. Nothing changed.
takehome-status-nothing = This file has no new answers from home. Nothing changed.
takehome-open-session = View the session
takehome-change-marked = Row ticked: { $row }
takehome-change-unmarked = Row no longer ticked: { $row }
takehome-change-importance = Importance: { $importance } – { $aspect }
takehome-change-note = Note: { $note }
takehome-change-choice = Choice: { $choice }
takehome-change-sure = { $question } { $answer }
takehome-change-consent = Share with the guideline group: { $answer }
takehome-yes = Yes.
takehome-no = No.

takehome-error-json = This is not a proper session file. Something is wrong on line { $line }, character { $column }. ({ $reason })
takehome-error-format = This file is of a kind this program does not know: "{ $found }". This program reads "{ $expected }".
takehome-error-old-format = This session file was made by an earlier version of the program and is no longer read. Ask the clinic for a new session file: nothing of it was lost there.
takehome-error-shape = This is not a proper session file. Something is wrong on line { $line }, character { $column }. ({ $reason })
takehome-error-damaged = This file is damaged or was changed. Nothing was read. Ask for a new file.
takehome-error-tampered = What the clinic put in this file was changed. Nothing was read.
takehome-error-content = This file belongs to a decision aid that is not here, or to another version of it ({ $grid }). Nothing was read.
takehome-error-patient = This file is for patient { $file }, not { $chosen }. Nothing was read.
takehome-error-session = The session of this file is not (or no longer) in the records. Nothing was read.
takehome-error-event = An answer in this file does not fit the decision aid: { $reason } Nothing was read.
takehome-error-folder-missing = The folder { $folder } does not exist. Choose another folder.
takehome-error-folder-write = Nothing can be saved in the folder { $folder } ({ $reason }). Choose another folder.
takehome-error-key = This program's key ({ $file }) cannot be read or made ({ $reason }).
takehome-error-no-path = First type where the file is.
takehome-error-no-folder = There is no folder to save in. Type a folder.

# Native dialogs (src-tauri/src/dialogs.rs); the text fields stay for typing a path.
ui-dialog-choose-folder = Choose folder…
ui-dialog-choose-file = Choose file…
ui-dialog-folder-title = Choose a folder
ui-dialog-session-title = Choose a session file
ui-dialog-session-filter = Session file (JSON)
