# Installing bundles from the window, and the guideline a decision comes from.
ui-install-button = Install content
ui-install-heading = Install content
ui-install-intro = Choose a bundle from a guideline group (a .json file). The signature file (.minisig) must be next to it.
ui-install-path-label = Bundle file
ui-install-choose = Choose file
ui-install-start = Install
ui-install-cancel = Stop
ui-install-close = Close
ui-install-reading = Reading the bundle and checking its signature.
ui-install-progress = { $done } of { $total } option grids checked
ui-install-done = { $count } option grids installed from { $file }.
ui-install-failed = Not installed: { $file }. Nothing has changed.
ui-install-busy = A bundle is already being installed. Wait until it is finished.
ui-install-path-missing = Choose a file first.
ui-dialog-bundle-title = Choose a bundle
ui-dialog-bundle-filter = Bundles
ui-guideline-source = From the guideline { $name } ({ $group }), version { $version } of { $date }
