//! Write the synthetic guideline library as a signed bundle, and a data folder with it
//! installed, for the start-up and install benchmarks (`benches/startup_memory.py`).
//!
//! `cargo run --release --example synthetic_library -- OUT [MODULES] [GUIDELINES]` writes
//! `OUT/bundle.json` with `OUT/bundle.json.minisig`, and `OUT/data/` holding the trusted key
//! (`trust/synthetisch.pub`) and the installed catalogue (`library/catalogue.sqlite`).

#[path = "../benches/synthetic/mod.rs"]
mod synthetic;

use std::path::PathBuf;
use std::time::Instant;

use keuzehulp::bundle::{self, Mode, SecretKey, TrustStore};
use keuzehulp::catalogue::Catalogue;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .expect("usage: synthetic_library OUT [MODULES] [GUIDELINES]"),
    );
    let modules: usize = args.next().map_or(15_000, |a| a.parse().expect("MODULES"));
    let guidelines: usize = args.next().map_or(650, |a| a.parse().expect("GUIDELINES"));
    let today = chrono::Local::now().date_naive();
    let data = out.join("data");
    std::fs::create_dir_all(data.join("trust")).expect("output folder");

    let started = Instant::now();
    let files = synthetic::library(modules, guidelines.min(modules));
    let (bytes, _) = bundle::build("Synthetische richtlijnen", today, &files, today)
        .expect("the generated grids pass the checker");
    let key = SecretKey::generate().expect("random key");
    let signature = key.sign(&bytes, "synthetic library").expect("signs");
    std::fs::write(out.join("bundle.json"), &bytes).expect("bundle written");
    std::fs::write(out.join("bundle.json.minisig"), signature.to_file_text()).expect("signature");
    std::fs::write(
        data.join("trust/synthetisch.pub"),
        key.public().to_file_text(),
    )
    .expect("key");
    println!(
        "bundle of {modules} modules, {} MB, built in {:.1} s",
        bytes.len() / 1_000_000,
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let mut trust = TrustStore::new();
    trust.trust("synthetisch", key.public());
    let catalogue = Catalogue::open(&data.join("library")).expect("catalogue");
    let installed = catalogue
        .install_bundle(
            "bundle.json",
            &bytes,
            Some(signature.to_file_text().as_bytes()),
            &trust,
            Mode::Published,
            today,
        )
        .expect("installs");
    println!(
        "installed {} modules in {:.1} s into {}",
        installed.len(),
        started.elapsed().as_secs_f64(),
        catalogue.path().display()
    );
}
