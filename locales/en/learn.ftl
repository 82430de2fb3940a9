# Learning from patients: consent, the contribution file for the guideline group, and the
# report of keuzekaart leren.

## Consent at the summary
consent-heading = Share with the guideline group
consent-question = May the answers of this session go to the guideline group? Without your name.
consent-what = The guideline group writes this decision aid. They only get numbers: which questions people marked, what mattered to them, what they chose and the SURE test. Your answers are added to those of others.
consent-not = Your name, your year of birth, what you wrote in your own words and the date never go along. Numbers under 5 are left out.
consent-withdraw = You can say no later, also after today. Then this session no longer goes along. A file that was already sent cannot be taken back.
consent-yes = Yes, that is fine
consent-no = No, rather not
consent-status-yes = You said yes. The answers of this session may go along, without your name.
consent-status-no = Nothing goes to the guideline group.

## The patients overview
patients-consent-yes = May go to the guideline group (without name)
patients-consent-no = Does not go to the guideline group
patients-consent-withdrawn = Consent is withdrawn. This session no longer goes into new files.
ui-patients-consent = Sharing
ui-patients-withdraw = Withdraw consent
ui-share-heading = Share with the guideline group
ui-share-intro = Make a file for the guideline group. It holds only numbers from sessions whose patient gave consent. You first see exactly what is in it.
ui-share-none = There are no sessions with consent to share yet.
ui-share-folder = Folder for the file
ui-share-preview = See what goes into the file
ui-share-confirm = Yes, write this file
ui-share-cancel = Do not write
ui-share-file-text = The file, exactly as it will be written
share-item = { $grid }, { $month }: { $count ->
    [one] 1 session
   *[other] { $count } sessions
} with consent
share-preview-heading = This goes into the file
share-preview-about = About: { $grid }, { $month }.
share-preview-installation = From this computer, known by key { $key }. This lets the guideline group see which files come from the same place. Who you are or who the patients are is not in it.
share-preview-not = Not in it: names or labels, years of birth, what patients wrote in their own words, and dates. Only the month.
share-preview-once = Make one file per month, once the month is over. The guideline group takes only one file per grid per month from this computer.
share-block = Version { $version }, { $mode }: { $sessions } sessions
share-line-marked = Question marked: { $aspect }: { $count }
share-line-importance = How important: { $aspect }: { $levels }
share-line-choice = Choice: { $choice }: { $count }
share-line-sure = SURE test done: { $yes } times all yes, { $no } times not sure yet
share-written = The file is written: { $file }. Send it to the guideline group.
share-error-changed = Something changed since you looked at the file. Look at it again. Nothing was written.
share-error-nothing = There are no sessions with consent for this grid and month. Nothing was written.
share-error-folder = The folder { $folder } does not exist. Choose a folder that is already there. Nothing was written.
share-error-write = The file could not be written in { $folder }: { $reason }
share-error-period = "{ $period }" is not a month. Write it like this: 2026-03.
learn-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }

## In the file
learn-rule = Small numbers are left out: every count under { $threshold } (0 too) is written as "<{ $threshold }".

## Errors reading contributions
learn-error-located = { $place }: { $message }
learn-error-located-field = { $place }: field { $field }: { $message }
learn-error-unreadable = The file cannot be read: { $reason }
learn-error-json = This is not JSON: { $reason }
learn-error-format = This is not a contribution file: the format is { $found }, expected { $expected }.
learn-error-shape = The file does not have the shape of a contribution: { $reason }
learn-error-small-number = The count { $count } is smaller than { $threshold }. A contribution must not show such small numbers.
learn-error-other-threshold = "<{ $found }" does not fit the threshold of this file ({ $threshold }).
learn-error-threshold = The threshold for small numbers is { $threshold }. It must be at least { $minimum }.
learn-error-key = The computer's key is not a valid ed25519 key.
learn-error-tampered = The signature does not fit the content. The file was changed after it was signed.
learn-error-same-file = This is the same file as { $first }. It counts only once.
learn-error-duplicate = This computer already gave a file for { $grid } in { $period }: { $first }. Only that first one counts.

## The report
learn-range = { $low } to { $high }
learn-percent = { $value }%
learn-percent-range = { $low }% to { $high }%
learn-report-title = What matters to patients
learn-report-intro = Merged from { $files } { $files ->
    [one] file
   *[other] files
} from { $installations } { $installations ->
    [one] computer
   *[other] computers
}. Refused: { $refused }.
learn-report-rule = Each file shows counts under 5 as "<5". So a figure sometimes reads "12 to 20": at least 12, at most 20. In the charts the bar runs to what is certain, the whisker to the highest possible.
learn-report-refused = Refused files
learn-report-empty = There were no files to merge.
learn-report-version = { $grid } ({ $id }), version { $version }
learn-report-version-facts = { $files } { $files ->
    [one] file
   *[other] files
} from { $installations } { $installations ->
    [one] computer
   *[other] computers
}, { $months ->
    [one] month { $from }
   *[other] months { $from } to { $to }
}. Content sha256 { $sha }…
learn-report-sessions = Sessions: { $count }
learn-report-marked = Questions patients mark most
learn-report-marked-chart = How often each question was marked, { $mode }
learn-report-importance = How important per aspect (bar: important or very important)
learn-report-importance-chart = How often each aspect is important or very important, { $mode }
learn-report-choices = What patients chose
learn-report-choices-chart = How often each choice was made, { $mode }
learn-report-too-few = Too few sessions to show anything: each file had fewer than 5.
learn-report-sure = SURE test: not sure yet
learn-report-sure-intro = Of those who answered all four questions: what percentage said no at least once.
learn-report-sure-none = No SURE tests filled in completely yet.
cli-learn-written = Report written: { $report } and { $csv }. Merged: { $files } { $files ->
    [one] file
   *[other] files
}, refused: { $refused }.
cli-learn-no-files = There are no .json files in { $path }.
