# Texts of the window. Ids starting with ui- go to the screen as a whole.
ui-app-title = Deciding together
ui-app-subtitle = Choose together the care that suits you.
ui-language-label = Language
ui-start-heading = Which complaint or condition is it about?
ui-start-intro = Choose a topic. You will see which choice there is and what the options are.
ui-start-empty = No content has been loaded yet.
ui-example-content = Example content: not yet reviewed by a guideline group.
ui-back = Back to the start
ui-decision-heading = The choice
ui-options-heading = What are my options?
ui-option-waiting = Waiting or no treatment
ui-option-treatment = Treatment
ui-published = Published on { $date }
ui-review-by = To be reviewed before { $date }
ui-publisher = Made by
ui-authoring-mode = Authoring mode: content without a signature is shown too. It has not been checked by a publisher. Do not use it with patients.
ui-refused-heading = This content was not loaded
ui-unsigned-content = Not signed: for writing and checking only.
ui-error-heading = Something went wrong
ui-loading = Please wait...
# Messages of the app itself.
app-error-content = The content "{ $file }" cannot be loaded: { $reason }
app-error-database = The data cannot be saved: { $reason }
app-error-unknown-condition = This topic does not exist (any more): { $id }
app-error-no-display = No display was found (DISPLAY and WAYLAND_DISPLAY are empty). Start the app on a desktop, or use a virtual display: xvfb-run -a ./run.sh
ui-translation-unreviewed = This translation has not yet been checked by a healthcare professional who speaks this language as their mother tongue.
ui-content-fallback = This option grid is not yet available in your language. You are reading it in { $language }.
