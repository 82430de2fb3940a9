# The command-line tool keuzekaart, for guideline groups.
cli-usage =
    keuzekaart: check, bundle and sign option grids.

    Usage:
      keuzekaart check [--deny-warnings] FILE|DIR...
          Check option grids (.toml). Shows errors and warnings with place and field.
          --deny-warnings: warnings count as errors.
      keuzekaart schema [OUT]
          Write the JSON Schema of the format (to OUT, or to the screen).
      keuzekaart build --out BUNDLE [--publisher NAME] FILE|DIR...
          Check every option grid and make one bundle of them. Refuses on errors.
      keuzekaart keygen --out NAME [--password-file FILE]
          Make a key pair: NAME.pub (public) and NAME.key (secret, encrypted with a password).
          The same files minisign -G writes: either program can use them.
      keuzekaart sign --key NAME.key [--password-file FILE] BUNDLE
          Sign a bundle, as minisign -S does. Writes BUNDLE.minisig.
          Type the password, or put it on the first line of FILE (- is standard input).
      keuzekaart verify --pub NAME.pub [--signature SIGNATURE] BUNDLE
          Check the signature and every option grid of a bundle.
      keuzekaart preview --out FILE.html [--lang nl|en] GRID.toml
          Check an option grid and write an HTML preview with charts, as the app shows it.
      keuzekaart evidence [--lang nl|en] GRID.toml
          Print the evidence table (Markdown): every number, what its source reports and where.
      keuzekaart leren [--lang nl|en] OUT_DIR FILE|FOLDER...
          Merge patients' contributions (.json). Refuses broken, changed and duplicate files
          with place and field. Writes OUT_DIR/report.html and OUT_DIR/merged.csv.
      keuzekaart help
          Show this help.

    Exit code: 0 fine, 1 errors found, 2 wrong use or a file cannot be read.
cli-error = error: { $message }
cli-error-no-command = Name a command.
cli-error-unknown-command = Unknown command "{ $command }".
cli-error-unknown-flag = Unknown option "{ $flag }" for { $command }.
cli-error-missing-value = Option { $flag } needs a value.
cli-error-missing-flag = { $command } needs the option { $flag }.
cli-error-no-files = Name at least one file or folder.
cli-error-too-many = Too many arguments for { $command }: "{ $argument }".
cli-error-no-toml = Folder { $path } holds no .toml files.
cli-error-read = Cannot read { $path }: { $detail }
cli-error-write = Cannot write { $path }: { $detail }
cli-error-exists = { $path } already exists. It is not overwritten.
cli-error-key = { $path } is not a valid key.
cli-error-random = The system gave no random numbers. Please try again.
cli-error-key-old = { $path } is an old, unencrypted keuzekaart key. Make a new one with keuzekaart keygen and give the new public key to whoever installs your bundles.
cli-error-password-wrong = The password of { $path } is wrong.
cli-error-password-empty = The password is empty. Choose a password.
cli-error-password-different = The two passwords are not the same.
cli-error-password-no-terminal = There is no terminal to type the password. Use --password-file FILE.
cli-password-prompt = Password of the secret key:{" "}
cli-password-repeat = Type the password once more:{" "}
cli-heading-errors = Errors:
cli-heading-warnings = Warnings:
cli-schema-written = Schema written to { $path }.
cli-build-refused = No bundle made: fix the errors first.
cli-build-written = Bundle { $path } made with { $grids } option { $grids ->
    [one] grid
   *[other] grids
  } ({ $hash }).
cli-keygen-written = Key pair { $key } made.
    { $public }: public. Give this file to whoever installs your bundles.
    { $secret }: secret. Keep it offline. Never share it and never put it in git.
cli-sign-written = Signature written to { $path } (key { $key }).
cli-verify-ok = { $path } is signed with key { $key }. The signature matches and the { $grids } option { $grids ->
    [one] grid has
   *[other] grids have
  } no errors.
cli-preview-refused = No preview made: fix the errors first.
cli-preview-written = Preview written to { $path }. Open it in a web browser.
cli-error-language = Unknown language "{ $lang }". Choose nl or en.
preview-banner = Preview for authors: this is how the decision aid shows this option grid. The buttons do nothing here.
