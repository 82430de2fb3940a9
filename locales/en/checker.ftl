# Messages of the option-grid checker (for guideline groups).
check-severity-error = error
check-severity-warning = warning
check-summary = { $files } { $files ->
    [one] file
   *[other] files
  } checked: { $errors } { $errors ->
    [one] error
   *[other] errors
  }, { $warnings } { $warnings ->
    [one] warning
   *[other] warnings
  }.
check-file-empty = The file is empty.
check-file-too-large = The file is too large ({ $size } bytes). The limit is { $limit } bytes.
check-file-not-utf8 = The file is not valid UTF-8 text. Save it as UTF-8.
check-file-nul-byte = The file contains a NUL character, which does not belong in text.
check-file-too-deep = Arrays and tables are nested too deeply (more than { $limit } levels).
check-file-syntax = This is not valid TOML: { $detail }
check-file-structure = This does not fit the option-grid format: { $detail }
check-format-unsupported = Format version { $found } is not supported. This version reads format { $supported }.
check-id-invalid = The id "{ $id }" is not valid. Use lower-case letters, digits and hyphens.
check-id-duplicate = The id "{ $id }" occurs more than once. Every id must be unique.
check-options-too-few = There must be at least two options.
check-questions-none = The option grid has no questions.
check-answer-missing = This question has no answer for option "{ $option }".
check-option-unknown = Option "{ $option }" does not exist in this option grid.
check-outcome-unknown = Outcome "{ $outcome }" does not exist in this option grid.
check-languages-none = Name at least one language under languages.
check-language-invalid = "{ $lang }" is not a language code of two lower-case letters (such as nl or en).
check-text-missing-language = The text in language "{ $lang }" is missing.
check-text-empty = The text in language "{ $lang }" is empty.
check-text-unknown-language = Language "{ $lang }" is not listed under languages; this text will not be shown.
check-citation-unresolved = Source "{ $id }" is not listed under references.
check-reference-unused = Source "{ $id }" is not cited anywhere.
check-reference-no-link = Source "{ $id }" has no DOI and no URL.
check-reference-doi-invalid = "{ $doi }" is not a valid DOI. Write it as 10.xxxx/... without https://doi.org/.
check-reference-url-invalid = "{ $url }" is not a web address starting with https:// or http://.
check-ipdas-no-waiting-option = There is no option to wait or not treat. Add one, or explain under no_waiting_reason why there is none.
check-ipdas-waiting-reason-unneeded = There is a waiting option, so no_waiting_reason is not needed.
check-ipdas-no-benefits = Option "{ $option }" names no benefits.
check-ipdas-no-harms = Option "{ $option }" names no harms.
check-ipdas-unbalanced = Option "{ $option }" is out of balance: { $benefits } words of benefits against { $harms } words of harms.
check-ipdas-no-outcomes = The option grid has no outcomes with numbers.
check-ipdas-outcome-one-option = Outcome "{ $outcome }" has a number for only one option, so it cannot be compared.
check-balance-recommends = The text recommends an option ("{ $phrase }"). A decision aid gives no advice.
check-number-option-twice = Option "{ $option }" has two numbers for outcome "{ $outcome }".
check-number-unit-missing = Outcome "{ $outcome }" is an amount but has no unit.
check-number-scale-missing = Outcome "{ $outcome }" is an amount but has no scale.
check-number-scale-invalid = The scale of outcome "{ $outcome }" must go from low to high.
check-number-denominator-mismatch = Outcome "{ $outcome }" does not use the same number of people (denominator) for every option.
check-number-timeframe-mismatch = Outcome "{ $outcome }" does not use the same time frame for every option.
check-number-measure-unknown = "{ $measure }" is not a known measure. Use rr, or or hr.
check-number-relative-without-absolute = Outcome "{ $outcome }" gives a relative effect without an absolute number for option "{ $option }".
check-number-wrong-kind = This kind of number does not fit the kind of outcome "{ $outcome }".
check-number-missing = The number for option "{ $option }" in outcome "{ $outcome }" is missing.
check-number-denominator-zero = The denominator of outcome "{ $outcome }" is zero.
check-number-numerator-exceeds = { $numerator } out of { $denominator } is impossible: the numerator is larger than the denominator.
check-number-denominator-unusual = A denominator of { $denominator } is hard to show. Use 100 or 1000.
check-number-range-invalid = The uncertainty range of outcome "{ $outcome }" does not fit the number.
check-number-outside-scale = The number of outcome "{ $outcome }" lies outside its scale.
check-text-relative-risk = "{ $phrase }" is a relative risk. Give the absolute numbers on the same denominator.
check-text-one-in-x = "1 in ..." is hard to compare. Give numbers out of 100 or 1000 people.
check-date-review-before-published = The review date is not after the publication date ({ $published }).
check-date-published-future = The publication date { $date } lies in the future.
check-date-review-passed = The review date { $date } has passed. The content must be reviewed again.
check-date-too-old = The content is from { $date }: older than { $years } years.
check-date-review-too-late = The review date is more than { $years } years after publication.
check-text-markup = The text contains markup or code (such as HTML or script). That is not allowed.
check-text-control-character = The text contains an invisible control character.
check-readability-low = Readability in language { $lang } is { $score } ({ $formula }). The minimum is { $minimum }. Write shorter sentences with shorter words.
check-readability-long-sentence = A sentence has { $words } words. Keep sentences under { $maximum } words.

## Format 2: source data behind every number
check-format-migrate = This file is in format { $found }. This version reads format { $supported }: every number now has a source block with what the study reports. For each number, turn source_figure and sources into source = {"{"} reference, arm, population, reported, follow_up, location {"}"}. See docs/source-data.md.
check-source-arm-missing = The source block does not name the group in the study (arm).
check-source-location-missing = The source block does not say where in the source the figure is (location), for example "Table 2" or "abstract".
check-source-follow-up-invalid = The follow-up must be more than zero.
check-source-reported-empty = The source block does not say what the study reports (reported): give events and of, percent, frequency, rate, mean, median or value.
check-source-reported-mixed = The source block gives more than one kind of figure ({ $fields }). Choose one.
check-source-reported-incomplete = This kind of figure also needs "{ $field }".
check-source-reported-impossible = This source block cannot be right: a negative number, more events than people, or a group of zero.
check-source-reported-wrong-kind = The source block does not fit outcome "{ $outcome }": a count of people belongs to an event, a mean or median to an amount.
check-source-figure-mismatch = { $shown } out of { $denominator } does not follow from the source ({ $reported }): that gives { $expected } out of { $denominator } (rounded, a half up).
check-source-amount-mismatch = { $shown } does not follow from the source ({ $reported }), not even rounded.
check-source-range-mismatch = The range { $shown } does not follow from the source's interval: that gives { $expected }.
check-source-range-without-interval = A range is shown, but the source gives no interval (reported.interval).
check-source-time-frame-differs = The period { $shown } is not the follow-up of the source ({ $follow_up }).
check-source-time-frame-beyond = The period { $shown } is longer than the source measured ({ $follow_up }).
check-source-population-unknown = Source "{ $reference }" has no group "{ $population }" (populations).
check-source-population-differs = Outcome "{ $outcome }" names the group "{ $shown }", but the source names "{ $named }".
check-source-choice-reason-missing = The numbers of outcome "{ $outcome }" come from more than one source ({ $references }). Say why in choice_reason.
check-figure-mismatch = The number { $shown } does not follow from the source ({ $reported }).
check-figure-rate-without-period = This number comes from a rate. Give the period the text names (time_frame).
check-environment-unsourced = The CO2 emission of option "{ $option }" is not given as a number with a source for that option (figures).
check-text-number-unsourced = The number { $number } in this text ({ $lang }) belongs to no outcome of this row or option and has no source of its own (figures).
check-text-number-contradicts = The number { $number } in this text ({ $lang }) does not agree with outcome "{ $outcome }".
check-source-follow-up-unknown = The source has no follow-up (once or not-reported). Then the number cannot name a period: leave out time_frame, or give the follow-up.
check-figure-choice-reason-missing = This number also names other sources (supporting). Say why you chose this source in choice_reason.

## Easy reading (the easy-reading layer)
check-easy-layer-missing = This option grid has no easy-reading layer (easy). Write a few short sentences for each option.
check-easy-option-missing = Option "{ $option }" has no easy-reading sentences (easy).
check-easy-one-sentence = Write one sentence with one idea here ({ $lang }).
check-easy-sentence-long = This sentence has { $words } words. For easy reading that is at most { $max }.
check-easy-uncommon-words = Uncommon words ({ $lang }): { $words }. Choose everyday words, or explain the word in the glossary.
check-easy-reading-ease = The easy-reading layer scores { $score } ({ $formula }, { $lang }). It must be at least { $min }.
check-guideline-version-invalid = The guideline version "{ $version }" is not valid. Write numbers separated by dots, for example 2.1.
