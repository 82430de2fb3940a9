//! `keuzekaart`: the command-line tool for guideline groups. Checks option-grid files, writes
//! the JSON Schema, builds bundles, makes keys, signs and verifies, writes an HTML preview, and
//! merges the contributions of many installations into a report (`leren`). Every sentence it prints
//! comes from `locales/<lang>/cli.ftl`; the language follows `LC_ALL`, `LC_MESSAGES` or
//! `LANG` (Dutch when none names a language the program speaks).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use keuzehulp::bundle::{self, Mode, PublicKey, SecretKey, SignatureFault, TrustStore};
use keuzehulp::check::{check_file, Diagnostic};
use keuzehulp::content::schema::grid_schema_text;
use keuzehulp::files::{self, Access, Kind, ReadError};
use keuzehulp::language::{Language, Localizer};
use keuzehulp::view::evidence::{evidence_table, markdown as evidence_markdown};
use keuzehulp::view::preview::preview_html;

/// Why the tool stopped before it could judge content (exit code 2).
enum Failure {
    /// Wrong use: the message, then the usage text.
    Usage(String),
    /// A file could not be read or written.
    Io(String),
}

type Outcome = Result<ExitCode, Failure>;

fn main() -> ExitCode {
    let l10n = Localizer::new(language_from_env());
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&l10n, &args) {
        Ok(code) => code,
        Err(Failure::Usage(message)) => {
            eprintln!("{}", l10n.format("cli-error", &[("message", message)]));
            eprintln!();
            eprintln!("{}", l10n.text("cli-usage"));
            ExitCode::from(2)
        }
        Err(Failure::Io(message)) => {
            eprintln!("{}", l10n.format("cli-error", &[("message", message)]));
            ExitCode::from(2)
        }
    }
}

/// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, read as a language.
fn language_from_env() -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Language::from_code(&v.chars().take(2).collect::<String>()))
        .unwrap_or_default()
}

fn run(l10n: &Localizer, args: &[String]) -> Outcome {
    let Some((command, rest)) = args.split_first() else {
        return Err(Failure::Usage(l10n.text("cli-error-no-command")));
    };
    if rest.iter().any(|a| a == "--help" || a == "-h") {
        return help(l10n);
    }
    match command.as_str() {
        "help" | "--help" | "-h" => help(l10n),
        "check" => check(
            l10n,
            &Args::parse(l10n, command, rest, &[], &["--deny-warnings"])?,
        ),
        "schema" => schema(l10n, &Args::parse(l10n, command, rest, &[], &[])?),
        "build" => build(
            l10n,
            &Args::parse(l10n, command, rest, &["--out", "--publisher"], &[])?,
        ),
        "keygen" => keygen(
            l10n,
            &Args::parse(l10n, command, rest, &["--out", "--password-file"], &[])?,
        ),
        "sign" => sign(
            l10n,
            &Args::parse(l10n, command, rest, &["--key", "--password-file"], &[])?,
        ),
        "preview" => preview(
            l10n,
            &Args::parse(l10n, command, rest, &["--out", "--lang"], &[])?,
        ),
        "evidence" => evidence(l10n, &Args::parse(l10n, command, rest, &["--lang"], &[])?),
        "leren" => leren(l10n, &Args::parse(l10n, command, rest, &["--lang"], &[])?),
        "verify" => verify(
            l10n,
            &Args::parse(l10n, command, rest, &["--pub", "--signature"], &[])?,
        ),
        _ => Err(Failure::Usage(l10n.format(
            "cli-error-unknown-command",
            &[("command", command.as_str())],
        ))),
    }
}

fn help(l10n: &Localizer) -> Outcome {
    println!("{}", l10n.text("cli-usage"));
    Ok(ExitCode::SUCCESS)
}

/// The arguments of one command: options with a value, switches, and the rest.
struct Args<'a> {
    l10n: &'a Localizer,
    command: &'a str,
    values: BTreeMap<&'static str, String>,
    switches: Vec<&'static str>,
    positional: Vec<String>,
}

impl<'a> Args<'a> {
    fn parse(
        l10n: &'a Localizer,
        command: &'a str,
        args: &[String],
        value_flags: &[&'static str],
        switch_flags: &[&'static str],
    ) -> Result<Args<'a>, Failure> {
        let mut parsed = Args {
            l10n,
            command,
            values: BTreeMap::new(),
            switches: Vec::new(),
            positional: Vec::new(),
        };
        let mut iter = args.iter();
        let mut flags_done = false;
        while let Some(arg) = iter.next() {
            if flags_done || !arg.starts_with('-') || arg == "-" {
                parsed.positional.push(arg.clone());
            } else if arg == "--" {
                flags_done = true;
            } else if let Some(flag) = value_flags.iter().find(|f| **f == arg) {
                let value = iter.next().ok_or_else(|| {
                    Failure::Usage(l10n.format("cli-error-missing-value", &[("flag", *flag)]))
                })?;
                parsed.values.insert(flag, value.clone());
            } else if let Some(flag) = switch_flags.iter().find(|f| **f == arg) {
                parsed.switches.push(flag);
            } else {
                return Err(Failure::Usage(l10n.format(
                    "cli-error-unknown-flag",
                    &[("flag", arg.as_str()), ("command", command)],
                )));
            }
        }
        Ok(parsed)
    }

    fn required(&self, flag: &'static str) -> Result<&str, Failure> {
        self.values.get(flag).map(String::as_str).ok_or_else(|| {
            Failure::Usage(self.l10n.format(
                "cli-error-missing-flag",
                &[("command", self.command), ("flag", flag)],
            ))
        })
    }

    /// Exactly one positional argument (or at most one, when `optional`).
    fn single(&self, optional: bool) -> Result<Option<&str>, Failure> {
        match self.positional.as_slice() {
            [] if optional => Ok(None),
            [] => Err(Failure::Usage(self.l10n.text("cli-error-no-files"))),
            [one] => Ok(Some(one)),
            [_, extra, ..] => Err(Failure::Usage(self.l10n.format(
                "cli-error-too-many",
                &[("command", self.command), ("argument", extra.as_str())],
            ))),
        }
    }

    /// The content files named: files as given, folders as their `*.toml` files, sorted.
    fn content_files(&self) -> Result<Vec<PathBuf>, Failure> {
        if self.positional.is_empty() {
            return Err(Failure::Usage(self.l10n.text("cli-error-no-files")));
        }
        let mut files = Vec::new();
        for arg in &self.positional {
            let path = PathBuf::from(arg);
            if !path.is_dir() {
                files.push(path);
                continue;
            }
            let entries =
                std::fs::read_dir(&path).map_err(|e| read_failure(self.l10n, &path, e))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
                .collect();
            if found.is_empty() {
                return Err(Failure::Io(
                    self.l10n
                        .format("cli-error-no-toml", &[("path", arg.as_str())]),
                ));
            }
            found.sort();
            files.extend(found);
        }
        Ok(files)
    }
}

fn read_failure(l10n: &Localizer, path: &Path, e: std::io::Error) -> Failure {
    Failure::Io(l10n.format(
        "cli-error-read",
        &[
            ("path", path.display().to_string()),
            ("detail", e.to_string()),
        ],
    ))
}

fn write_failure(l10n: &Localizer, path: &Path, e: std::io::Error) -> Failure {
    Failure::Io(l10n.format(
        "cli-error-write",
        &[
            ("path", path.display().to_string()),
            ("detail", e.to_string()),
        ],
    ))
}

/// Read a file named on the command line, up to the limit of its `kind`.
fn read(l10n: &Localizer, path: &Path, kind: Kind) -> Result<Vec<u8>, Failure> {
    files::read_bounded(path, kind).map_err(|e| match e {
        ReadError::Io { source, .. } => read_failure(l10n, path, source),
        too_large => Failure::Io(too_large.message(l10n)),
    })
}

/// Write a new file; a file already there is never overwritten.
fn write_new(l10n: &Localizer, path: &Path, bytes: &[u8], access: Access) -> Result<(), Failure> {
    files::write_new(path, bytes, access).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Failure::Io(l10n.format("cli-error-exists", &[("path", path.display().to_string())]))
        } else {
            write_failure(l10n, path, e)
        }
    })
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Print errors, then warnings, each under its heading.
fn print_diagnostics(l10n: &Localizer, diagnostics: &[Diagnostic]) {
    let (errors, warnings): (Vec<_>, Vec<_>) = diagnostics.iter().partition(|d| d.is_error());
    for (heading, list) in [
        ("cli-heading-errors", errors),
        ("cli-heading-warnings", warnings),
    ] {
        if !list.is_empty() {
            println!("{}", l10n.text(heading));
            for d in list {
                println!("  {}", d.render(l10n));
            }
            println!();
        }
    }
}

fn check(l10n: &Localizer, args: &Args) -> Outcome {
    let files = args.content_files()?;
    let mut all = Vec::new();
    for file in &files {
        let bytes = read(l10n, file, Kind::ContentFile)?;
        all.extend(check_file(&file.display().to_string(), &bytes, today()).diagnostics);
    }
    print_diagnostics(l10n, &all);
    let errors = all.iter().filter(|d| d.is_error()).count();
    let warnings = all.len() - errors;
    let n = |x: usize| x.to_string();
    println!(
        "{}",
        l10n.format(
            "check-summary",
            &[
                ("files", n(files.len())),
                ("errors", n(errors)),
                ("warnings", n(warnings))
            ]
        )
    );
    let deny_warnings = args.switches.contains(&"--deny-warnings");
    Ok(if errors > 0 || (deny_warnings && warnings > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn schema(l10n: &Localizer, args: &Args) -> Outcome {
    match args.single(true)? {
        None => print!("{}", grid_schema_text()),
        Some(out) => {
            let path = Path::new(out);
            // A regenerated file the group owns: replaced in one step.
            files::replace(path, grid_schema_text().as_bytes(), Access::Public)
                .map_err(|e| write_failure(l10n, path, e))?;
            println!("{}", l10n.format("cli-schema-written", &[("path", out)]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn build(l10n: &Localizer, args: &Args) -> Outcome {
    let out = Path::new(args.required("--out")?);
    let mut files = Vec::new();
    for path in args.content_files()? {
        let text = String::from_utf8_lossy(&read(l10n, &path, Kind::ContentFile)?).into_owned();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        files.push((name.unwrap_or_default(), text));
    }
    let publisher = match args.values.get("--publisher") {
        Some(name) => name.clone(),
        None => files
            .iter()
            .find_map(|(name, text)| keuzehulp::content::parse_grid(name, text.as_bytes()).ok())
            .map(|p| p.grid.publication.group)
            .unwrap_or_default(),
    };
    match bundle::build(&publisher, today(), &files, today()) {
        Err(errors) => {
            print_diagnostics(l10n, &errors);
            println!("{}", l10n.text("cli-build-refused"));
            Ok(ExitCode::FAILURE)
        }
        Ok((bytes, warnings)) => {
            print_diagnostics(l10n, &warnings);
            write_new(l10n, out, &bytes, Access::Public)?;
            let hash = format!("sha256:{}", bundle::sha256_hex(&bytes));
            println!(
                "{}",
                l10n.format(
                    "cli-build-written",
                    &[
                        ("path", out.display().to_string()),
                        ("grids", files.len().to_string()),
                        ("hash", hash)
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The language named by `--lang`, or the one the tool speaks.
fn language_arg(l10n: &Localizer, args: &Args) -> Result<Language, Failure> {
    match args.values.get("--lang") {
        None => Ok(l10n.language()),
        Some(code) => Language::from_code(code).ok_or_else(|| {
            Failure::Usage(l10n.format("cli-error-language", &[("lang", code.as_str())]))
        }),
    }
}

/// Check one grid and write the HTML preview of it; refuses a grid with errors.
fn preview(l10n: &Localizer, args: &Args) -> Outcome {
    let out = Path::new(args.required("--out")?);
    let language = language_arg(l10n, args)?;
    let file = PathBuf::from(args.single(false)?.unwrap_or_default());
    let bytes = read(l10n, &file, Kind::ContentFile)?;
    let report = check_file(&file.display().to_string(), &bytes, today());
    print_diagnostics(l10n, &report.diagnostics);
    let Ok(parsed) = report.into_valid() else {
        println!("{}", l10n.text("cli-preview-refused"));
        return Ok(ExitCode::FAILURE);
    };
    let html = preview_html(&parsed.grid, &Localizer::new(language));
    // A preview is looked at and made again: replaced in one step.
    files::replace(out, html.as_bytes(), Access::Public)
        .map_err(|e| write_failure(l10n, out, e))?;
    println!(
        "{}",
        l10n.format(
            "cli-preview-written",
            &[("path", out.display().to_string())]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Print the evidence table of one grid as Markdown: every number shown, what its source
/// reports and where. Findings go to standard error; a file that cannot be read as a grid at
/// all has no table (exit 1).
fn evidence(l10n: &Localizer, args: &Args) -> Outcome {
    let language = language_arg(l10n, args)?;
    let file = PathBuf::from(args.single(false)?.unwrap_or_default());
    let bytes = read(l10n, &file, Kind::ContentFile)?;
    let report = check_file(&file.display().to_string(), &bytes, today());
    for d in &report.diagnostics {
        eprintln!("{}", d.render(l10n));
    }
    let Some(parsed) = report.parsed else {
        return Ok(ExitCode::FAILURE);
    };
    let table = Localizer::new(language);
    let rows = evidence_table(&parsed.grid, &table);
    print!("{}", evidence_markdown(&parsed.grid, &rows, &table));
    Ok(ExitCode::SUCCESS)
}

/// The password of a secret key: the first line of `--password-file` (`-`: standard input),
/// else typed at the terminal without echo (twice when `confirm`). Never an argument itself,
/// so it stays out of shell histories and process lists.
fn password(l10n: &Localizer, args: &Args, confirm: bool) -> Result<String, Failure> {
    let password = match args.values.get("--password-file") {
        Some(file) => {
            let text = if file == "-" {
                let mut line = String::new();
                std::io::stdin()
                    .read_line(&mut line)
                    .map_err(|e| read_failure(l10n, Path::new("-"), e))?;
                line
            } else {
                String::from_utf8_lossy(&read(l10n, Path::new(file), Kind::Key)?).into_owned()
            };
            text.lines().next().unwrap_or_default().to_owned()
        }
        None => {
            let ask = |id: &str| {
                rpassword::prompt_password(l10n.text(id))
                    .map_err(|_| Failure::Io(l10n.text("cli-error-password-no-terminal")))
            };
            let typed = ask("cli-password-prompt")?;
            if confirm && ask("cli-password-repeat")? != typed {
                return Err(Failure::Io(l10n.text("cli-error-password-different")));
            }
            typed
        }
    };
    if password.is_empty() {
        return Err(Failure::Io(l10n.text("cli-error-password-empty")));
    }
    Ok(password)
}

fn keygen(l10n: &Localizer, args: &Args) -> Outcome {
    let name = args.required("--out")?;
    if let Some(extra) = args.positional.first() {
        return Err(Failure::Usage(l10n.format(
            "cli-error-too-many",
            &[("command", "keygen"), ("argument", extra.as_str())],
        )));
    }
    let (public, secret) = (
        PathBuf::from(format!("{name}.pub")),
        PathBuf::from(format!("{name}.key")),
    );
    for path in [&public, &secret] {
        if path.exists() {
            return Err(Failure::Io(l10n.format(
                "cli-error-exists",
                &[("path", path.display().to_string())],
            )));
        }
    }
    let password = password(l10n, args, true)?;
    let files = SecretKey::generate_files(&password)
        .map_err(|_| Failure::Io(l10n.text("cli-error-random")))?;
    write_new(l10n, &secret, files.secret.as_bytes(), Access::Private)?;
    write_new(
        l10n,
        &public,
        files.public.to_file_text().as_bytes(),
        Access::Public,
    )?;
    println!(
        "{}",
        l10n.format(
            "cli-keygen-written",
            &[
                ("key", files.public.id.grouped()),
                ("public", public.display().to_string()),
                ("secret", secret.display().to_string())
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Open the secret key file at `path`, asking for its password when it is encrypted.
fn secret_key(l10n: &Localizer, args: &Args, path: &Path) -> Result<SecretKey, Failure> {
    let text = String::from_utf8_lossy(&read(l10n, path, Kind::Key)?).into_owned();
    let shown = path.display().to_string();
    let refuse = |fault: SignatureFault| {
        let id = match fault {
            SignatureFault::WrongPassword => "cli-error-password-wrong",
            SignatureFault::OldSecretKey => "cli-error-key-old",
            _ => "cli-error-key",
        };
        Failure::Io(l10n.format(id, &[("path", shown.as_str())]))
    };
    let password = match SecretKey::needs_password(&text).map_err(refuse)? {
        true => Some(password(l10n, args, false)?),
        false => None,
    };
    SecretKey::parse(&text, password.as_deref()).map_err(refuse)
}

fn sign(l10n: &Localizer, args: &Args) -> Outcome {
    let key_path = Path::new(args.required("--key")?);
    let bundle_path = Path::new(args.single(false)?.unwrap_or_default());
    let bytes = read(l10n, bundle_path, Kind::Bundle)?;
    let key = secret_key(l10n, args, key_path)?;
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let file_name = bundle_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The trusted comment minisign writes itself for a pre-hashed signature.
    let signature = key
        .sign(
            &bytes,
            &format!("timestamp:{seconds}\tfile:{file_name}\thashed"),
        )
        .map_err(|_| Failure::Io(l10n.text("cli-error-random")))?;
    let out = PathBuf::from(format!("{}.minisig", bundle_path.display()));
    write_new(
        l10n,
        &out,
        signature.to_file_text().as_bytes(),
        Access::Public,
    )?;
    println!(
        "{}",
        l10n.format(
            "cli-sign-written",
            &[
                ("path", out.display().to_string()),
                ("key", key.id().grouped())
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn verify(l10n: &Localizer, args: &Args) -> Outcome {
    let key_path = Path::new(args.required("--pub")?);
    let bundle_path = Path::new(args.single(false)?.unwrap_or_default());
    let signature_path = args.values.get("--signature").map_or_else(
        || PathBuf::from(format!("{}.minisig", bundle_path.display())),
        PathBuf::from,
    );
    let key_text = String::from_utf8_lossy(&read(l10n, key_path, Kind::Key)?).into_owned();
    let key = PublicKey::parse(&key_text).map_err(|_| {
        Failure::Io(l10n.format("cli-error-key", &[("path", key_path.display().to_string())]))
    })?;
    let (bytes, signature) = (
        read(l10n, bundle_path, Kind::Bundle)?,
        read(l10n, &signature_path, Kind::Signature)?,
    );
    let mut trust = TrustStore::new();
    let publisher = key_path.file_stem().unwrap_or_default().to_string_lossy();
    trust.trust(&publisher, key.clone());
    let label = bundle_path.display().to_string();
    match bundle::open(
        &label,
        &bytes,
        Some(&signature),
        &trust,
        Mode::Published,
        today(),
    ) {
        Err(errors) => {
            print_diagnostics(l10n, &errors);
            Ok(ExitCode::FAILURE)
        }
        Ok(opened) => {
            let warnings: Vec<_> = opened
                .grids
                .iter()
                .flat_map(|g| g.warnings.clone())
                .collect();
            print_diagnostics(l10n, &warnings);
            println!(
                "{}",
                l10n.format(
                    "cli-verify-ok",
                    &[
                        ("path", label),
                        ("key", key.id.grouped()),
                        ("grids", opened.grids.len().to_string())
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The contribution files named: files as given, folders as their `*.json` files, sorted.
fn contribution_files(l10n: &Localizer, args: &[String]) -> Result<Vec<PathBuf>, Failure> {
    if args.is_empty() {
        return Err(Failure::Usage(l10n.text("cli-error-no-files")));
    }
    let mut files = Vec::new();
    for arg in args {
        let path = PathBuf::from(arg);
        if !path.is_dir() {
            files.push(path);
            continue;
        }
        let entries = std::fs::read_dir(&path).map_err(|e| read_failure(l10n, &path, e))?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
            .collect();
        if found.is_empty() {
            return Err(Failure::Io(
                l10n.format("cli-learn-no-files", &[("path", arg.as_str())]),
            ));
        }
        found.sort();
        files.extend(found);
    }
    Ok(files)
}

/// Read many contribution files, refuse broken, tampered and duplicate ones with where and
/// why, merge the rest per grid and content version, and write `report.html` and `merged.csv`
/// in the folder named first. Exit 1 when any file was refused.
fn leren(l10n: &Localizer, args: &Args) -> Outcome {
    use keuzehulp::learning::{merged_csv, report_html, Merger};
    let language = language_arg(l10n, args)?;
    let Some((out, inputs)) = args.positional.split_first() else {
        return Err(Failure::Usage(l10n.text("cli-error-no-files")));
    };
    let files = contribution_files(l10n, inputs)?;
    let mut merger = Merger::new();
    for file in &files {
        let name = file.display().to_string();
        match files::read_bounded(file, Kind::Contribution) {
            Ok(bytes) => {
                let _ = merger.add(&name, &bytes);
            }
            Err(e) => merger.unreadable(&name, e.message(l10n)),
        }
    }
    let merged = merger.finish();
    let report_l10n = Localizer::new(language);
    if !merged.refused.is_empty() {
        println!("{}", l10n.text("cli-heading-errors"));
        for refusal in &merged.refused {
            println!("  {}", refusal.render(l10n));
        }
        println!();
    }
    let out = Path::new(out);
    std::fs::create_dir_all(out).map_err(|e| write_failure(l10n, out, e))?;
    let report = out.join("report.html");
    let csv = out.join("merged.csv");
    let library = keuzehulp::library::Library::builtin(today());
    files::replace(
        &report,
        report_html(&merged, &library, &report_l10n).as_bytes(),
        Access::Public,
    )
    .map_err(|e| write_failure(l10n, &report, e))?;
    files::replace(&csv, merged_csv(&merged).as_bytes(), Access::Public)
        .map_err(|e| write_failure(l10n, &csv, e))?;
    println!(
        "{}",
        l10n.format(
            "cli-learn-written",
            &[
                ("report", report.display().to_string()),
                ("csv", csv.display().to_string()),
                ("files", merged.accepted.to_string()),
                ("refused", merged.refused.len().to_string()),
            ]
        )
    );
    Ok(if merged.refused.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
