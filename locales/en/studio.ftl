# The studio (Make an option grid): for guideline groups, in authoring mode only.
ui-studio-label = Make an option grid — no patient data
studio-counts = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
  }, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  }
studio-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
  }: { $counts }
studio-no-files = This folder has no option grids (files ending in .toml).
studio-preview-blocked = No preview: this file has errors. Fix them first.
studio-line-heading = { $file }, line { $line }
studio-signed = Signed by { $publisher } with key { $key }. The signature is valid.
studio-bundle-written = Bundle: { $bundle }. Signature: { $signature }.
studio-bundle-created = Publisher of the bundle: { $publisher }. Made on { $date }.
studio-error-folder = The folder { $path } does not exist or cannot be read.
studio-error-build = No bundle was made. Fix these errors first:
studio-error-password = The password does not open this secret key.
studio-error-key = This file is not a minisign or keuzekaart secret key.
studio-error-authoring = Making option grids is only possible in authoring mode. Start the program with --authoring.
studio-error-no-folder = First open a folder of option grids.
ui-studio-button = Make an option grid
ui-studio-heading = Make an option grid
ui-studio-intro = Open the folder with your option grids. You see the checker's findings and a preview as the patient sees it. Save a file in your own editor: this screen follows by itself.
ui-studio-folder-label = Folder of option grids
ui-studio-choose-folder = Choose a folder
ui-studio-open = Open
ui-studio-findings = Findings of the checker
ui-studio-no-findings = No errors and no warnings.
ui-studio-files = Files
ui-studio-preview = Preview: what the patient sees
ui-studio-mode = Where
ui-studio-language = Language of the option grid
ui-studio-line = The line in the file
ui-studio-bundle-heading = Build and sign a bundle
ui-studio-publisher = Publisher
ui-studio-key-file = Secret key (file)
ui-studio-password = Password of the key
ui-studio-bundle-out = Save the bundle as (file)
ui-studio-publish = Build and sign the bundle
ui-studio-provenance = What the patient sees about where it comes from
